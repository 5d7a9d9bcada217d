package io.usdtcustody.custody.chain.tron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.chain.tron.TronVectors.Vector;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TronTransactionTest {

    static Stream<Arguments> publishedTransactions() {
        return Stream.of(TronVectors.NILE_DOCS, TronVectors.DEFI_WIDGETS_SIGNED, TronVectors.GOTRON_SIGNED)
                .map(vector -> Arguments.of(vector.source(), vector));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedTransactions")
    void rawData_shouldReproducePublishedRawDataHex_whenBuiltFromDecodedFields(String source, Vector vector) {
        assertThat(vector.transaction().rawDataHex()).isEqualTo(vector.rawDataHex());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedTransactions")
    void txid_shouldEqualPublishedTxId_whenHashingRawData(String source, Vector vector) throws Exception {
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(vector.rawDataHex()));

        assertThat(vector.transaction().txidHex()).isEqualTo(vector.txid()).isEqualTo(HexFormat.of().formatHex(sha256));
    }

    @Test
    void trc20Transfer_shouldEncodeStandardAbiCall_whenGivenRecipientAndAmount() {
        byte[] data = Trc20TransferCall.encode(TronAddress.fromHex("41088a2bfcb1c7271029fd69a66859d55560895884"),
                BigInteger.valueOf(100));

        assertThat(HexFormat.of().formatHex(data)).isEqualTo("a9059cbb"
                + "000000000000000000000000088a2bfcb1c7271029fd69a66859d55560895884"
                + "0000000000000000000000000000000000000000000000000000000000000064");
    }

    @Test
    void trc20Transfer_shouldEncodeLargestUint256_whenAmountIsAtTheLimit() {
        BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

        byte[] data = Trc20TransferCall.encode(TronAddress.fromBase58("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"), max);

        assertThat(HexFormat.of().formatHex(data)).endsWith("f".repeat(64));
    }

    @Test
    void trc20Transfer_shouldRefuse_whenAmountIsNotAPositiveUint256() {
        TronAddress to = TronAddress.fromBase58("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");

        assertThatThrownBy(() -> Trc20TransferCall.encode(to, BigInteger.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Trc20TransferCall.encode(to, BigInteger.ONE.shiftLeft(256)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void referenceBlock_shouldTakeNumberBytesSixToEightAndIdBytesEightToSixteen_whenBuiltFromBlock() {
        // a TRON block id starts with the block number; 43376730 = 0x000000000295e05a
        byte[] blockId = HexFormat.of().parseHex("000000000295e05aa866246a779650fe41d6c2a80b8a610c343ecaa2c43c2d1c");

        TronReferenceBlock reference = TronReferenceBlock.of(43_376_730L, blockId);

        assertThat(HexFormat.of().formatHex(reference.refBlockBytes())).isEqualTo("e05a");
        assertThat(HexFormat.of().formatHex(reference.refBlockHash())).isEqualTo("a866246a779650fe");
    }

    @Test
    void constructor_shouldRefuse_whenExpirationIsNotAfterTimestamp() {
        TronTransaction valid = TronVectors.NILE_DOCS.transaction();

        assertThatThrownBy(() -> new TronTransaction(valid.reference(), 1000, 1000, 0, valid.contract()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
