package io.usdtcustody.matching.engine.command;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The compact binary form of a command, for the write-ahead journal: a one-byte type tag, the sequencer
 * timestamp, then only the fields that type uses (PLACE is 46 bytes). Big-endian whatever the buffer's own
 * order. Commands are logged as received, before validation, so replaying a journal refuses exactly what was
 * refused the first time: absent side, type or time in force are encoded as such.
 *
 * <p>Neither method throws for bad input on the order path: {@link #encode} returns -1 when the buffer is too
 * small, {@link #decode} returns false for a record it cannot read.
 */
public final class CommandCodec {
    /** Enough room for any order command; definitions add their name's UTF-8 bytes. */
    public static final int MAX_ORDER_COMMAND_BYTES = 64;
    /** Longer names are not encoded (the engine refuses names over 64 characters anyway). */
    public static final int MAX_NAME_BYTES = 1024;

    private static final byte ADD_ASSET = 1;
    private static final byte ADD_SYMBOL = 2;
    private static final byte DEPOSIT = 3;
    private static final byte WITHDRAW = 4;
    private static final byte PLACE = 5;
    private static final byte CANCEL = 6;
    private static final byte AMEND = 7;

    private CommandCodec() {
    }

    /** The number of bytes {@link #encode} writes for this command. */
    public static int encodedLength(Command c) {
        return switch (c.type) {
            case PLACE -> 1 + 8 + 8 + 8 + 4 + 1 + 8 + 8;
            case CANCEL -> 1 + 8 + 8 + 8 + 4;
            case AMEND -> 1 + 8 + 8 + 8 + 4 + 8 + 8;
            case DEPOSIT, WITHDRAW -> 1 + 8 + 8 + 4 + 8 + 8 + 8;
            case ADD_ASSET -> 1 + 8 + 4 + 1 + 2 + nameBytes(c.name).length;
            case ADD_SYMBOL -> 1 + 8 + 4 + 4 + 4 + 1 + 1 + 8 + 8 + 2 + 2 + 2 + nameBytes(c.name).length;
        };
    }

    /** Writes the command at the buffer's position; returns the bytes written, or -1 when they do not fit. */
    public static int encode(Command c, ByteBuffer out) {
        int length = encodedLength(c);
        if (out.remaining() < length || c.name != null && c.name.length() * 3 > MAX_NAME_BYTES
                && nameBytes(c.name).length > MAX_NAME_BYTES) {
            return -1;
        }
        ByteOrder order = out.order();
        out.order(ByteOrder.BIG_ENDIAN);
        out.put(tag(c.type)).putLong(c.timestampNanos);
        switch (c.type) {
            case PLACE -> out.putLong(c.orderId).putLong(c.accountId).putInt(c.symbolId).put(flags(c))
                    .putLong(c.price).putLong(c.quantity);
            case CANCEL -> out.putLong(c.orderId).putLong(c.accountId).putInt(c.symbolId);
            case AMEND -> out.putLong(c.orderId).putLong(c.accountId).putInt(c.symbolId).putLong(c.price)
                    .putLong(c.quantity);
            case DEPOSIT, WITHDRAW -> out.putLong(c.accountId).putInt(c.assetId).putLong(c.amount)
                    .putLong(c.transferIdHigh).putLong(c.transferIdLow);
            case ADD_ASSET -> putName(out.putInt(c.assetId).put((byte) c.assetScale), c.name);
            case ADD_SYMBOL -> putName(out.putInt(c.symbolId).putInt(c.baseAssetId).putInt(c.quoteAssetId)
                    .put((byte) c.priceScale).put((byte) c.quantityScale).putLong(c.tick).putLong(c.lot)
                    .putShort((short) c.makerFeeBps).putShort((short) c.takerFeeBps), c.name);
        }
        out.order(order);
        return length;
    }

    /** Reads one command from the buffer's position into {@code into}; false when the record is malformed. */
    public static boolean decode(ByteBuffer in, Command into) {
        ByteOrder order = in.order();
        in.order(ByteOrder.BIG_ENDIAN);
        try {
            return decodeBigEndian(in, into);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return false;
        } finally {
            in.order(order);
        }
    }

    private static boolean decodeBigEndian(ByteBuffer in, Command c) {
        byte tag = in.get();
        long timestamp = in.getLong();
        switch (tag) {
            case PLACE -> {
                long orderId = in.getLong();
                long accountId = in.getLong();
                int symbolId = in.getInt();
                int flags = in.get();
                c.place(timestamp, orderId, accountId, symbolId, side(flags), orderType(flags), timeInForce(flags),
                        (flags & 0x40) != 0, in.getLong(), in.getLong());
            }
            case CANCEL -> c.cancel(timestamp, in.getLong(), in.getLong(), in.getInt());
            case AMEND -> c.amend(timestamp, in.getLong(), in.getLong(), in.getInt(), in.getLong(), in.getLong());
            case DEPOSIT, WITHDRAW -> c.transfer(tag == DEPOSIT ? CommandType.DEPOSIT : CommandType.WITHDRAW,
                    timestamp, in.getLong(), in.getInt(), in.getLong(), in.getLong(), in.getLong());
            case ADD_ASSET -> {
                int assetId = in.getInt();
                int scale = in.get();
                c.addAsset(timestamp, assetId, getName(in), scale);
            }
            case ADD_SYMBOL -> {
                int symbolId = in.getInt();
                int base = in.getInt();
                int quote = in.getInt();
                int priceScale = in.get();
                int quantityScale = in.get();
                long tick = in.getLong();
                long lot = in.getLong();
                int maker = in.getShort();
                int taker = in.getShort();
                c.addSymbol(timestamp, symbolId, getName(in), base, quote, priceScale, quantityScale, tick, lot,
                        maker, taker);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static byte tag(CommandType type) {
        return switch (type) {
            case ADD_ASSET -> ADD_ASSET;
            case ADD_SYMBOL -> ADD_SYMBOL;
            case DEPOSIT -> DEPOSIT;
            case WITHDRAW -> WITHDRAW;
            case PLACE -> PLACE;
            case CANCEL -> CANCEL;
            case AMEND -> AMEND;
        };
    }

    /** Bits 0-1 side, 2-3 order type, 4-5 time in force (0 = absent each), bit 6 post-only. */
    private static byte flags(Command c) {
        int side = c.side == null ? 0 : c.side == Side.BUY ? 1 : 2;
        int type = c.orderType == null ? 0 : c.orderType == OrderType.LIMIT ? 1 : 2;
        int tif = c.timeInForce == null ? 0 : switch (c.timeInForce) {
            case GTC -> 1;
            case IOC -> 2;
            case FOK -> 3;
        };
        return (byte) (side | type << 2 | tif << 4 | (c.postOnly ? 0x40 : 0));
    }

    private static Side side(int flags) {
        return switch (flags & 3) {
            case 1 -> Side.BUY;
            case 2 -> Side.SELL;
            case 0 -> null;
            default -> throw new IllegalArgumentException("side");
        };
    }

    private static OrderType orderType(int flags) {
        return switch (flags >> 2 & 3) {
            case 1 -> OrderType.LIMIT;
            case 2 -> OrderType.MARKET;
            case 0 -> null;
            default -> throw new IllegalArgumentException("order type");
        };
    }

    private static TimeInForce timeInForce(int flags) {
        return switch (flags >> 4 & 3) {
            case 1 -> TimeInForce.GTC;
            case 2 -> TimeInForce.IOC;
            case 3 -> TimeInForce.FOK;
            default -> null;
        };
    }

    private static byte[] nameBytes(String name) {
        return name == null ? new byte[0] : name.getBytes(StandardCharsets.UTF_8);
    }

    private static void putName(ByteBuffer out, String name) {
        byte[] bytes = nameBytes(name);
        out.putShort((short) bytes.length).put(bytes);
    }

    private static String getName(ByteBuffer in) {
        int length = in.getShort() & 0xFFFF;
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
