package io.usdtcustody.model.hd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Base58Test {

    @Test
    void encode_shouldMatchKnownText_whenGivenAscii() {
        assertThat(Base58.encode("Hello World!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("2NEpo7TZRRrLZSi2U");
    }

    @Test
    void encode_shouldKeepLeadingZeroBytesAsOnes_whenPresent() {
        byte[] data = HexFormat.of().parseHex("00000102");

        assertThat(Base58.encode(data)).isEqualTo("115T");
        assertThat(Base58.decode("115T")).hasValueSatisfying(d -> assertThat(d).isEqualTo(data));
    }

    @Test
    void decode_shouldBeEmpty_whenTextHasCharactersOutsideAlphabet() {
        assertThat(Base58.decode("abc0")).isEmpty();
        assertThat(Base58.decode("abcO")).isEmpty();
        assertThat(Base58.decode("abcI")).isEmpty();
        assertThat(Base58.decode("abcl")).isEmpty();
        assertThat(Base58.decode("abcé")).isEmpty();
        assertThat(Base58.decode("")).isEmpty();
        assertThat(Base58.decode(null)).isEmpty();
    }

    @Test
    void hasValidChecksum_shouldDetectChangedPayload_whenOneByteFlipped() {
        byte[] decoded = Base58.decode(Base58.encodeChecked(new byte[] {1, 2, 3})).orElseThrow();

        assertThat(Base58.hasValidChecksum(decoded)).isTrue();
        decoded[1] ^= 1;
        assertThat(Base58.hasValidChecksum(decoded)).isFalse();
        assertThat(Base58.hasValidChecksum(new byte[3])).isFalse();
    }
}
