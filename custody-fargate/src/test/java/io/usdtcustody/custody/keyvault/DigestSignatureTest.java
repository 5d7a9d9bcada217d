package io.usdtcustody.custody.keyvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DigestSignatureTest {
    private static final KeyCurve CURVE = KeyCurve.SECP256K1;

    @Test
    void new_shouldRefuse_whenSIsNotNormalised() {
        assertThatThrownBy(() -> new DigestSignature(CURVE, BigInteger.ONE, CURVE.halfOrder().add(BigInteger.ONE), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n/2");
    }

    @Test
    void new_shouldRefuse_whenROrSIsOutOfRangeOrTheRecoveryIdIsNot0To3() {
        assertThatThrownBy(() -> new DigestSignature(CURVE, BigInteger.ZERO, BigInteger.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigestSignature(CURVE, CURVE.order(), BigInteger.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigestSignature(CURVE, BigInteger.ONE, BigInteger.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigestSignature(CURVE, BigInteger.ONE, BigInteger.ONE, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void der_shouldEncodeMinimalPositiveIntegers_whenRAndSAreSmallOrHaveTheTopBitSet() {
        DigestSignature small = new DigestSignature(CURVE, BigInteger.ONE, BigInteger.valueOf(0x80), 1);

        assertThat(HexFormat.of().formatHex(small.der())).isEqualTo("3007020101020200" + "80");
    }

    @Test
    void compact_shouldBeRAndSAs32BytesEach_withLeadingZerosKept() {
        DigestSignature signature = new DigestSignature(CURVE, BigInteger.valueOf(0x0102), BigInteger.valueOf(0xff), 0);

        byte[] compact = signature.compact();

        assertThat(compact).hasSize(64);
        assertThat(HexFormat.of().formatHex(compact))
                .isEqualTo("0".repeat(60) + "0102" + "0".repeat(62) + "ff");
    }
}
