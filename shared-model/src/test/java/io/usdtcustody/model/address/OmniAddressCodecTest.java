package io.usdtcustody.model.address;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.hd.Base58;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OmniAddressCodecTest {

    private final OmniAddressCodec codec = new OmniAddressCodec();

    @ParameterizedTest
    @ValueSource(strings = {
            // OFAC SDN list (sanctioned_addresses_XBT.txt / _USDT.txt): real addresses, as published
            "123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX",
            "16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H",
            "31nadacWrgPeAQxKRMabhn3fPhnhi3hjKa",
            "3E6ZCKRrsdPc35chA9Eftp1h3DLW18NFNV"})
    void validate_shouldAcceptUnchanged_whenGivenRealSanctionedP2pkhAndP2shAddresses(String address) {
        assertThat(codec.validate(address)).isEqualTo(AddressValidation.valid(address));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw   | Omni Layer uses legacy Bitcoin addresses (starting with 1 or 3), not bech32 (bc1) addresses.
            BC1Q05AKTDDF9CE4P7HH3STGSF253M4VWEU7NKHTMW   | Omni Layer uses legacy Bitcoin addresses (starting with 1 or 3), not bech32 (bc1) addresses.
            0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed   | Looks like an Ethereum address, not an Omni (Bitcoin) address.
            TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre           | Looks like a TRON address, not an Omni (Bitcoin) address.
            16iWn2J1McqjToYLHSsAyS6En3QA8YQ91I           | Omni address contains a character that is not base58.
            16iWn2J1McqjToYLHSsAyS6En3QA8YQ91J           | Omni address checksum mismatch.
            16iWn2J1McqjToYLHSsAyS6En3QA8YQ            | Omni address has the wrong length.
            ''                                           | Address is empty.
            """)
    void validate_shouldRejectWithReason_whenMalformedOrWrongChain(String address, String reason) {
        assertThat(codec.validate(address)).isEqualTo(AddressValidation.invalid(reason));
    }

    @Test
    void validate_shouldRejectTestnet_whenVersionIsTestnetP2pkh() {
        byte[] payload = new byte[21];
        payload[0] = 0x6f;

        assertThat(codec.validate(Base58.encodeChecked(payload)).reason())
                .isEqualTo("Bitcoin testnet addresses are not accepted; use a mainnet address.");
    }

    @Test
    void validate_shouldRejectOtherVersions_whenChecksumIsFine() {
        byte[] payload = new byte[21];
        payload[0] = 0x30;

        assertThat(codec.validate(Base58.encodeChecked(payload)).reason())
                .isEqualTo("Omni address must be a Bitcoin mainnet P2PKH or P2SH address (starting with 1 or 3).");
    }

    @Test
    void fromPublicKey_shouldGiveWellKnownP2pkh_whenKeyIsGeneratorPoint() {
        byte[] generator = HexFormat.of().parseHex("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");

        assertThat(codec.fromPublicKey(generator)).isEqualTo("1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH");
    }
}
