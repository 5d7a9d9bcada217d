package io.usdtcustody.model.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EthereumAddressCodecTest {

    private final EthereumAddressCodec codec = new EthereumAddressCodec();

    /** The secp256k1 generator point G: the public key of the scalar 1, a public constant. */
    private static final String GENERATOR_COMPRESSED =
            "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";

    @ParameterizedTest
    @ValueSource(strings = {
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
    void validate_shouldAcceptAndKeep_whenGivenEip55SpecExamples(String address) {
        assertThat(codec.validate(address)).isEqualTo(AddressValidation.valid(address));
        assertThat(EthereumAddressCodec.toChecksumAddress(HexFormat.of().parseHex(address.substring(2))))
                .isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
    void validate_shouldNormaliseToEip55_whenGivenAllLowerOrAllUpperCase(String eip55) {
        String lower = eip55.toLowerCase(Locale.ROOT);
        String upper = "0x" + eip55.substring(2).toUpperCase(Locale.ROOT);

        assertThat(codec.validate(lower).normalized()).isEqualTo(eip55);
        assertThat(codec.validate(upper).normalized()).isEqualTo(eip55);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // OFAC SDN list (sanctioned_addresses_USDT.txt / _ETH.txt): real addresses, as published
            "0x175d44451403Edf28469dF03A9280c1197ADb92c",
            "0x19aa5fe80d33a56d56c78e82ea5e50e5d80b4dff",
            "0x01e2919679362dFBC9ee1644Ba9C6da6D6245BB1"})
    void validate_shouldAccept_whenGivenRealSanctionedAddresses(String address) {
        assertThat(codec.validate(address).valid()).isTrue();
    }

    @Test
    void validate_shouldRejectChecksumMismatch_whenMixedCaseIsNotEip55() {
        String flipped = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

        assertThat(codec.validate(flipped))
                .isEqualTo(AddressValidation.invalid("Ethereum address checksum mismatch (EIP-55 mixed case is wrong)."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed     | Ethereum address must start with 0x.
            0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed   | Ethereum address must start with lower-case 0x.
            0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe    | Ethereum address must have 40 hexadecimal digits after 0x.
            0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00 | Ethereum address must have 40 hexadecimal digits after 0x.
            0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg   | Ethereum address contains a character that is not hexadecimal.
            TEAqwfMhXLaomXhZ8KeMhx3njGmQEDnsUR           | Looks like a TRON address, not an Ethereum address.
            16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H           | Looks like a Bitcoin address, not an Ethereum address.
            bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw   | Looks like a Bitcoin address, not an Ethereum address.
            ''                                           | Address is empty.
            """)
    void validate_shouldRejectWithReason_whenMalformedOrWrongChain(String address, String reason) {
        assertThat(codec.validate(address)).isEqualTo(AddressValidation.invalid(reason));
    }

    @Test
    void validate_shouldReject_whenAddressHasSurroundingWhitespace() {
        assertThat(codec.validate(" 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").reason())
                .isEqualTo("Address must not contain spaces or line breaks.");
        assertThat(codec.validate(null).reason()).isEqualTo("Address is empty.");
    }

    @Test
    void validate_shouldRejectNonAsciiDigits_whenHexLookalikesUsed() {
        String arabicIndicThree = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe\u0663";

        assertThat(codec.validate(arabicIndicThree).valid()).isFalse();
    }

    @Test
    void fromPublicKey_shouldGiveWellKnownAddress_whenKeyIsGeneratorPoint() {
        assertThat(codec.fromPublicKey(HexFormat.of().parseHex(GENERATOR_COMPRESSED)))
                .isEqualTo("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
    }

    @Test
    void fromPublicKey_shouldReject_whenBytesAreNotAPublicKey() {
        assertThatThrownBy(() -> codec.fromPublicKey(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }
}
