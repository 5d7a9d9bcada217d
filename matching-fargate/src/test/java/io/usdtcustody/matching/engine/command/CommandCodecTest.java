package io.usdtcustody.matching.engine.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandCodecTest {

    private static Command roundTrip(Command c, ByteOrder order) {
        ByteBuffer buffer = ByteBuffer.allocate(256).order(order);
        int written = CommandCodec.encode(c, buffer);
        assertThat(written).isEqualTo(CommandCodec.encodedLength(c)).isEqualTo(buffer.position());
        buffer.flip();
        Command decoded = new Command();
        assertThat(CommandCodec.decode(buffer, decoded)).isTrue();
        assertThat(buffer.hasRemaining()).isFalse();
        assertThat(buffer.order()).isEqualTo(order);
        return decoded;
    }

    @Test
    void decode_shouldGiveBackEveryFieldTheTypeUses_forEachCommandType() {
        List<Command> commands = List.of(
                new Command().place(7, 11, 12, 3, Side.SELL, OrderType.LIMIT, TimeInForce.FOK, false, 3_000_000, 50),
                new Command().place(7, 11, 12, 3, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, true, 1, Long.MAX_VALUE),
                new Command().place(7, 11, 12, 3, null, OrderType.MARKET, null, false, 0, 50),
                new Command().cancel(8, 11, 12, 3),
                new Command().amend(9, 11, 12, 3, 2_999_995, 40),
                new Command().transfer(CommandType.DEPOSIT, 10, 12, 1, 5_000, -1L, 42),
                new Command().transfer(CommandType.WITHDRAW, 10, 12, 1, 5_000, 0, 43),
                new Command().addAsset(11, 2, "ÉTH", 8),
                new Command().addSymbol(12, 4, "ETH-BTC", 2, 1, 5, 3, 1, 10, 7, 9));
        for (Command c : commands) {
            for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
                assertThat(roundTrip(c, order).toString()).isEqualTo(c.toString());
                assertThat(roundTrip(c, order)).usingRecursiveComparison().ignoringFields(ignoredFor(c.type))
                        .isEqualTo(c);
            }
        }
    }

    private static String[] ignoredFor(CommandType type) {
        return switch (type) {
            case PLACE -> new String[] {"assetId", "amount", "transferIdHigh", "transferIdLow", "name",
                    "assetScale", "baseAssetId", "quoteAssetId", "priceScale", "quantityScale", "tick", "lot",
                    "makerFeeBps", "takerFeeBps"};
            default -> new String[] {"side", "orderType", "timeInForce", "postOnly"};
        };
    }

    @Test
    void encodedPlace_shouldTake46Bytes() {
        Command c = new Command().place(1, 2, 3, 4, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 5, 6);
        assertThat(CommandCodec.encodedLength(c)).isEqualTo(46);
    }

    @Test
    void encode_shouldReturnMinusOne_whenTheBufferIsTooSmall() {
        Command c = new Command().cancel(8, 11, 12, 3);
        ByteBuffer small = ByteBuffer.allocate(10);

        assertThat(CommandCodec.encode(c, small)).isEqualTo(-1);
        assertThat(small.position()).isZero();
    }

    @Test
    void decode_shouldReturnFalse_whenTheRecordIsTruncatedOrOfAnUnknownType() {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        CommandCodec.encode(new Command().cancel(8, 11, 12, 3), buffer);
        buffer.flip().limit(20);
        assertThat(CommandCodec.decode(buffer, new Command())).isFalse();

        ByteBuffer unknown = ByteBuffer.wrap(new byte[] {99, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThat(CommandCodec.decode(unknown, new Command())).isFalse();
    }
}
