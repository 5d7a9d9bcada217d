package io.usdtcustody.localcloud.gateway.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWebKeySetTest {

    /** The P-256 public key of RFC 7515 appendix A.3, which has no {@code alg}: ES256 is inferred. */
    private static final String RFC_7515_EC = "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"rfc\","
            + "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}]}";

    @Test
    void parse_shouldReadAnEcKeyWithoutAlg_asEs256() {
        JsonWebKeySet keys = JsonWebKeySet.parse(RFC_7515_EC.getBytes(StandardCharsets.UTF_8));

        assertThat(keys.key("rfc")).hasValueSatisfying(key -> {
            assertThat(key.algorithm()).isEqualTo(JwsAlgorithm.ES256);
            assertThat(key.key().getAlgorithm()).isEqualTo("EC");
        });
    }

    @Test
    void toJson_shouldRoundTripEcAndRsaKeys() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        JsonWebKeySet keys = JsonWebKeySet.of(List.of(
                new VerificationKey("e", JwsAlgorithm.ES256, ec.generateKeyPair().getPublic()),
                new VerificationKey("r", JwsAlgorithm.RS256, rsa.generateKeyPair().getPublic())));

        JsonWebKeySet parsed = JsonWebKeySet.parse(keys.toJson().getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.key("e").orElseThrow().key()).isEqualTo(keys.key("e").orElseThrow().key());
        assertThat(parsed.key("r").orElseThrow().key()).isEqualTo(keys.key("r").orElseThrow().key());
    }

    @Test
    void parse_shouldSkip_encryptionKeysOtherCurvesWeakRsaAndMismatchedAlgs() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        String weak = JsonWebKeySet.of(List.of(new VerificationKey("weak", JwsAlgorithm.RS256, rsa.generateKeyPair().getPublic())))
                .toJson();
        String json = "{\"keys\":[" + weak.substring(9, weak.length() - 2) + ","
                + "{\"kty\":\"EC\",\"crv\":\"P-384\",\"kid\":\"p384\",\"x\":\"AA\",\"y\":\"AA\"},"
                + "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"enc\",\"use\":\"enc\","
                + "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"},"
                + "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"confused\",\"alg\":\"RS256\","
                + "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"},"
                + "{\"kty\":\"oct\",\"kid\":\"hmac\",\"k\":\"AAAA\"}]}";

        assertThat(JsonWebKeySet.parse(json.getBytes(StandardCharsets.UTF_8)).size()).isZero();
    }

    @Test
    void parse_shouldRefuse_documentsThatAreNotKeySets() {
        assertThatThrownBy(() -> JsonWebKeySet.parse("[]".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("keys");
        assertThatThrownBy(() -> JsonWebKeySet.parse("{".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("JSON");
    }
}
