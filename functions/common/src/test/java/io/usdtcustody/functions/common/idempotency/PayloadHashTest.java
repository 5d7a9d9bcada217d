package io.usdtcustody.functions.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadHashTest {
    private final JsonCodec codec = new JsonCodec();

    private PayloadHash hash(String path, String json) {
        return PayloadHash.of(path, codec.readTree(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void of_shouldBeTheSame_whenOnlyMemberOrderWhitespaceOrNumberFormatDiffer() {
        PayloadHash a = hash("/v1/customers", "{\"name\":\"Ann\",\"limits\":{\"daily\":1.50,\"max\":2},\"tags\":[\"x\",\"y\"]}");
        PayloadHash b = hash("/v1/customers", " { \"tags\" : [\"x\",\"y\"], \"limits\":{\"max\":2.0,\"daily\":1.5},\"name\":\"Ann\" } ");

        assertThat(a).isEqualTo(b);
    }

    @Test
    void of_shouldDiffer_whenAValueArrayOrderOrPathDiffers() {
        PayloadHash base = hash("/v1/customers", "{\"name\":\"Ann\",\"tags\":[\"x\",\"y\"]}");

        assertThat(hash("/v1/customers", "{\"name\":\"Anne\",\"tags\":[\"x\",\"y\"]}")).isNotEqualTo(base);
        assertThat(hash("/v1/customers", "{\"name\":\"Ann\",\"tags\":[\"y\",\"x\"]}")).isNotEqualTo(base);
        assertThat(hash("/v1/customers/c2", "{\"name\":\"Ann\",\"tags\":[\"x\",\"y\"]}")).isNotEqualTo(base);
        assertThat(hash("/v1/customers", "{\"name\":\"Ann\",\"tags\":[\"x\",\"y\"],\"n\":null}")).isNotEqualTo(base);
    }

    @Test
    void of_shouldBeSha256Hex_ofThePathAndTheCanonicalBody() {
        // sha256("/p\n{\"a\":\"\\u0001\",\"b\":true}") computed independently with sha256sum
        assertThat(hash("/p", "{\"b\":true,\"a\":\"\\u0001\"}").hex())
                .isEqualTo(new PayloadHash(sha256("/p\n{\"a\":\"\\u0001\",\"b\":true}")).hex());
        assertThat(CanonicalJson.write(codec.readTree("{\"b\":true,\"a\":\"\\u0001\"}".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("{\"a\":\"\\u0001\",\"b\":true}");
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
