package io.usdtcustody.model.hd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.hd.DerivationException.Reason;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Bip32Test {

    private static final byte[] SEED_V1 = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

    @Test
    void masterFromSeed_shouldReject_whenSeedShorterThan16Bytes() {
        assertThatThrownBy(() -> Bip32.masterFromSeed(new byte[15]))
                .isInstanceOfSatisfying(DerivationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_SEED_LENGTH))
                .hasMessageContaining("16 to 64 bytes");
    }

    @Test
    void masterFromSeed_shouldReject_whenSeedLongerThan64Bytes() {
        assertThatThrownBy(() -> Bip32.masterFromSeed(new byte[65]))
                .isInstanceOfSatisfying(DerivationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_SEED_LENGTH));
    }

    @Test
    void masterFromSeed_shouldAccept_whenSeedIs64Bytes() {
        try (ExtendedKey master = Bip32.masterFromSeed(new byte[64])) {
            assertThat(master.depth()).isZero();
            assertThat(master.parentFingerprint()).isZero();
        }
    }

    @Test
    void derivePublicChild_shouldFailClearly_whenChildIsHardened() {
        ExtendedKey xpub = Bip32.masterFromSeed(SEED_V1).neuter();

        assertThatThrownBy(() -> Bip32.derivePublicChild(xpub, DerivationPath.hardened(0)))
                .isInstanceOfSatisfying(DerivationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.HARDENED_FROM_PUBLIC_KEY))
                .hasMessageContaining("cannot derive hardened child 0' from a public key");
    }

    @Test
    void derive_shouldFailBeforeDeriving_whenPublicRootAndPathHasHardenedStep() {
        ExtendedKey xpub = Bip32.masterFromSeed(SEED_V1).neuter();

        assertThatThrownBy(() -> Bip32.derive(xpub, DerivationPath.parse("m/0/1'/2")))
                .isInstanceOf(DerivationException.class)
                .hasMessageContaining("hardened child 1'");
    }

    @Test
    void derive_shouldDerivePublicly_whenRootIsPublic() {
        try (ExtendedKey master = Bip32.masterFromSeed(SEED_V1)) {
            ExtendedKey fromPrivate = Bip32.derive(master, DerivationPath.parse("m/3/1000000000"));
            ExtendedKey fromPublic = Bip32.derive(master.neuter(), DerivationPath.parse("3/1000000000"));

            assertThat(fromPublic.isPrivate()).isFalse();
            assertThat(fromPublic).isEqualTo(fromPrivate.neuter());
        }
    }

    @Test
    void derive_shouldReturnIndependentCopy_whenPathIsEmpty() {
        ExtendedKey master = Bip32.masterFromSeed(SEED_V1);
        ExtendedKey same = Bip32.derive(master, DerivationPath.MASTER);

        same.destroy();

        assertThat(master.isDestroyed()).isFalse();
        assertThat(master.toXprv()).startsWith("xprv");
    }

    @Test
    void derive_shouldLeaveRootUsable_whenDerivingDeepPath() {
        try (ExtendedKey master = Bip32.masterFromSeed(SEED_V1);
                ExtendedKey child = Bip32.derive(master, DerivationPath.parse("m/44'/60'/0'/0/0"))) {
            assertThat(master.isDestroyed()).isFalse();
            assertThat(child.depth()).isEqualTo(5);
        }
    }

    @Test
    void privateChildFromHmac_shouldFailWithInvalidChild_whenIlIsNotBelowN() {
        try (ExtendedKey master = Bip32.masterFromSeed(SEED_V1)) {
            byte[] i = hmacOutput(Secp256k1.N);

            assertThatThrownBy(() -> Bip32.privateChildFromHmac(master, 7, i))
                    .isInstanceOfSatisfying(DerivationException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHILD))
                    .hasMessageContaining("child 7 gives an invalid key");
        }
    }

    @Test
    void privateChildFromHmac_shouldFailWithInvalidChild_whenChildKeyIsZero() {
        try (ExtendedKey master = Bip32.masterFromSeed(SEED_V1)) {
            byte[] i = hmacOutput(Secp256k1.N.subtract(master.privateKeyInteger()));

            assertThatThrownBy(() -> Bip32.privateChildFromHmac(master, 7, i))
                    .isInstanceOfSatisfying(DerivationException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHILD));
        }
    }

    @Test
    void publicChildFromHmac_shouldFailWithInvalidChild_whenChildIsPointAtInfinity() {
        try (ExtendedKey master = Bip32.masterFromSeed(SEED_V1)) {
            byte[] i = hmacOutput(Secp256k1.N.subtract(master.privateKeyInteger()));

            assertThatThrownBy(() -> Bip32.publicChildFromHmac(master.neuter(), 7, i))
                    .isInstanceOfSatisfying(DerivationException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHILD));
        }
    }

    @Test
    void publicChildFromHmac_shouldFailWithInvalidChild_whenIlIsNotBelowN() {
        ExtendedKey xpub = Bip32.masterFromSeed(SEED_V1).neuter();

        assertThatThrownBy(() -> Bip32.publicChildFromHmac(xpub, 7, hmacOutput(Secp256k1.N.add(BigInteger.ONE))))
                .isInstanceOfSatisfying(DerivationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHILD));
    }

    @Test
    void deriveChild_shouldFailWithMaxDepth_whenParentIsAtDepth255() {
        byte[] chainCode = new byte[32];
        byte[] publicKey = Secp256k1.publicKeyOf(BigInteger.TWO);
        ExtendedKey deepest = ExtendedKey.ofPublic(255, 1, 1, chainCode, publicKey);

        assertThatThrownBy(() -> Bip32.deriveChild(deepest, 0))
                .isInstanceOfSatisfying(DerivationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MAX_DEPTH_EXCEEDED));
    }

    /** An HMAC-SHA512 output whose left half is {@code il} (as 32 bytes) and right half a fixed chain code. */
    private static byte[] hmacOutput(BigInteger il) {
        byte[] i = new byte[64];
        byte[] left = il.toByteArray();
        int length = Math.min(left.length, 32);
        System.arraycopy(left, left.length - length, i, 32 - length, length);
        Arrays.fill(i, 32, 64, (byte) 0x11);
        return i;
    }
}
