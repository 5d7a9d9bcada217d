package io.usdtcustody.model.address;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The widely published BIP44 addresses of the BIP39 test mnemonic "abandon abandon abandon abandon abandon
 * abandon abandon abandon abandon abandon abandon about" (empty passphrase), from its seed.
 */
class Bip44KnownAddressesTest {

    private static final byte[] ABANDON_ABOUT_SEED = HexFormat.of().parseHex(
            "5eb00bbddcf069084889a8ab9155568165f5c453ccb85e70811aaed6f6da5fc1"
                    + "9a5ac40b389cd370d086206dec8aa6c43daea6690f20ad3d8d48b2d2ce9e38e4");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "ETHEREUM, m/44'/60'/0'/0/0, 0x9858EfFD232B4033E47d90003D41EC34EcaEda94",
            "OMNI, m/44'/0'/0'/0/0, 1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA",
            "TRON, m/44'/195'/0'/0/0, TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH"})
    void fromPublicKey_shouldGivePublishedAddress_whenDerivedFromSeedAlongBip44Path(Chain chain, String path,
            String expected) {
        try (ExtendedKey master = Bip32.masterFromSeed(ABANDON_ABOUT_SEED);
                ExtendedKey key = Bip32.derive(master, DerivationPath.bip44(chain, 0, 0, 0))) {
            assertThat(DerivationPath.bip44(chain, 0, 0, 0)).hasToString(path);
            assertThat(ChainAddress.fromPublicKey(chain, key.publicKey())).isEqualTo(expected);
            assertThat(AddressValidator.validate(chain, expected).normalized()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ETHEREUM, 0x9858EfFD232B4033E47d90003D41EC34EcaEda94",
            "OMNI, 1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA",
            "TRON, TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH"})
    void fromPublicKey_shouldGiveSameAddress_whenDerivedPubliclyFromAccountXpub(Chain chain, String expected) {
        String accountXpub;
        try (ExtendedKey master = Bip32.masterFromSeed(ABANDON_ABOUT_SEED);
                ExtendedKey account = Bip32.derive(master, DerivationPath.parse(chain.bip44AccountPath()))) {
            accountXpub = account.toXpub();
        }

        ExtendedKey deposit = Bip32.derive(ExtendedKey.parse(accountXpub), DerivationPath.parse("0/0"));

        assertThat(deposit.isPrivate()).isFalse();
        assertThat(ChainAddress.fromPublicKey(chain, deposit.publicKey())).isEqualTo(expected);
    }
}
