package io.usdtcustody.model.hd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ExtendedKeyTest {

    /** BIP32 test vector 1, chain m/0'/1 (spec data). */
    private static final String XPRV_V1_0H_1 =
            "xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs";
    private static final String XPUB_V1_0H_1 =
            "xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ";
    private static final String SEED_V1 = "000102030405060708090a0b0c0d0e0f";

    @Test
    void toString_shouldShowOnlyMetadataAndFingerprints_whenKeyIsPrivate() {
        try (ExtendedKey key = ExtendedKey.parse(XPRV_V1_0H_1)) {
            String text = key.toString();
            String privateHex = HexFormat.of().formatHex(key.privateKeyBytes());
            String chainCodeHex = HexFormat.of().formatHex(key.chainCode());

            assertThat(text).isEqualTo("ExtendedKey[private, depth=2, child=1, parentFingerprint=5c1bd648, fingerprint="
                    + String.format("%08x", key.fingerprint()) + "]");
            assertThat(text).doesNotContain(privateHex, chainCodeHex, XPRV_V1_0H_1.substring(4, 30));
        }
    }

    @Test
    void destroy_shouldZeroPrivateKeyAndChainCode_whenCalled() {
        ExtendedKey key = ExtendedKey.parse(XPRV_V1_0H_1);
        byte[] privateKey = key.privateKeyView();
        byte[] chainCode = key.chainCodeView();

        key.destroy();

        assertThat(privateKey).containsOnly(0);
        assertThat(chainCode).containsOnly(0);
        assertThat(key.isDestroyed()).isTrue();
        assertThat(key.toString()).isEqualTo("ExtendedKey[private, destroyed]");
        assertThatThrownBy(key::privateKeyBytes).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(key::toXprv).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void close_shouldDestroyKey_whenUsedInTryWithResources() {
        ExtendedKey escaped;
        try (ExtendedKey key = Bip32.masterFromSeed(HexFormat.of().parseHex(SEED_V1))) {
            escaped = key;
        }
        assertThat(escaped.isDestroyed()).isTrue();
    }

    @Test
    void privateKeyBytes_shouldReturnCopy_whenCallerWipesIt() {
        try (ExtendedKey key = ExtendedKey.parse(XPRV_V1_0H_1)) {
            byte[] copy = key.privateKeyBytes();
            Arrays.fill(copy, (byte) 0);

            assertThat(key.privateKeyBytes()).isNotEqualTo(copy);
        }
    }

    @Test
    void privateKeyBytes_shouldFail_whenKeyIsPublic() {
        ExtendedKey key = ExtendedKey.parse(XPUB_V1_0H_1);

        assertThatThrownBy(key::privateKeyBytes).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(key::toXprv).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void neuter_shouldKeepMetadataAndPublicKey_whenKeyIsPrivate() {
        try (ExtendedKey key = ExtendedKey.parse(XPRV_V1_0H_1)) {
            ExtendedKey neutered = key.neuter();

            assertThat(neutered.isPrivate()).isFalse();
            assertThat(neutered.toXpub()).isEqualTo(XPUB_V1_0H_1);
            assertThat(key.toXpub()).isEqualTo(XPUB_V1_0H_1);
            assertThat(neutered.fingerprint()).isEqualTo(key.fingerprint());
        }
    }

    @Test
    void parse_shouldReject_whenTextIsNotBase58() {
        assertThatThrownBy(() -> ExtendedKey.parse("xprv0OIl"))
                .isInstanceOf(InvalidExtendedKeyException.class).hasMessageContaining("not base58");
    }

    @Test
    void parse_shouldReject_whenPayloadHasWrongLength() {
        String shortKey = Base58.encodeChecked(new byte[ExtendedKey.SERIALIZED_BYTES - 1]);

        assertThatThrownBy(() -> ExtendedKey.parse(shortKey))
                .isInstanceOf(InvalidExtendedKeyException.class).hasMessageContaining("wrong length");
    }

    @Test
    void parse_shouldReject_whenEmptyOrOverlong() {
        assertThatThrownBy(() -> ExtendedKey.parse("")).isInstanceOf(InvalidExtendedKeyException.class);
        assertThatThrownBy(() -> ExtendedKey.parse(null)).isInstanceOf(InvalidExtendedKeyException.class);
        assertThatThrownBy(() -> ExtendedKey.parse("x".repeat(500)))
                .isInstanceOf(InvalidExtendedKeyException.class).hasMessageContaining("too long");
    }

    @Test
    void ofPrivate_shouldReject_whenChainCodeHasWrongLength() {
        byte[] privateKey = new byte[32];
        privateKey[31] = 7;

        assertThatThrownBy(() -> ExtendedKey.ofPrivate(0, 0, 0, new byte[31], privateKey))
                .isInstanceOf(InvalidExtendedKeyException.class).hasMessageContaining("chain code");
    }

    @Test
    void fingerprint_shouldBeParentFingerprintOfChild_whenDerived() {
        try (ExtendedKey master = Bip32.masterFromSeed(HexFormat.of().parseHex(SEED_V1));
                ExtendedKey child = Bip32.derivePrivateChild(master, DerivationPath.hardened(0))) {
            assertThat(master.fingerprint()).isEqualTo(0x3442193e);
            assertThat(child.parentFingerprint()).isEqualTo(master.fingerprint());
            assertThat(child.childNumber()).isEqualTo(0x80000000);
        }
    }
}
