package io.usdtcustody.model.address;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.hd.Base58;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TronAddressCodecTest {

    private final TronAddressCodec codec = new TronAddressCodec();

    @ParameterizedTest
    @ValueSource(strings = {
            // OFAC SDN list (sanctioned_addresses_TRX.txt / _USDT.txt): real addresses, as published
            "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre",
            "TTUDyVhhpCC1xJoPmWzdjLAzeoPwbSABdr",
            "TEAqwfMhXLaomXhZ8KeMhx3njGmQEDnsUR"})
    void validate_shouldAcceptUnchanged_whenGivenRealSanctionedAddresses(String address) {
        assertThat(codec.validate(address)).isEqualTo(AddressValidation.valid(address));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed   | Looks like an Ethereum address, not a TRON address.
            TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLr0           | TRON address contains a character that is not base58.
            TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLrf           | TRON address checksum mismatch.
            TBHTJqAy4DhHhmT3dNceJYNRz4SdLofL             | TRON address has the wrong length.
            16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H           | Looks like a Bitcoin address, not a TRON address.
            3E6ZCKRrsdPc35chA9Eftp1h3DLW18NFNV           | Looks like a Bitcoin address, not a TRON address.
            bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw   | Looks like a Bitcoin address, not a TRON address.
            ''                                           | Address is empty.
            """)
    void validate_shouldRejectWithReason_whenMalformedOrWrongChain(String address, String reason) {
        assertThat(codec.validate(address)).isEqualTo(AddressValidation.invalid(reason));
    }

    @Test
    void validate_shouldRejectWrongPrefixByte_whenChecksumIsFine() {
        byte[] payload = new byte[21];
        payload[0] = 0x42;
        String otherPrefix = Base58.encodeChecked(payload);

        assertThat(codec.validate(otherPrefix).reason())
                .isEqualTo("TRON address has the wrong prefix byte (must be 0x41, starting with T).");
    }

    @Test
    void validate_shouldRejectHexForm_whenGiven41Prefix() {
        String hexForm = "41" + "a614f803b6fd780986a42c78ec9c7f77e6ded13c";

        assertThat(codec.validate(hexForm).reason()).isEqualTo("TRON address must be in base58 form (starting with T), not hex.");
    }

    @Test
    void fromPublicKey_shouldCarryEthereumAddressBytes_whenEncodingSameKey() {
        byte[] generator = HexFormat.of().parseHex("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");

        String tron = codec.fromPublicKey(generator);
        byte[] decoded = Base58.decode(tron).orElseThrow();

        assertThat(tron).startsWith("T");
        assertThat(decoded[0]).isEqualTo((byte) 0x41);
        assertThat(HexFormat.of().formatHex(decoded, 1, 21)).isEqualTo("7e5f4552091a69125d5dfcb7b8c2659029395bdf");
        assertThat(codec.validate(tron).valid()).isTrue();
    }
}
