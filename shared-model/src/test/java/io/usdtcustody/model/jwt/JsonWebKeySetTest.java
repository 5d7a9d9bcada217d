package io.usdtcustody.model.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWebKeySetTest {
    private static final TestIssuer ISSUER = new TestIssuer(new SecureRandom());

    @Test
    void parse_shouldReadBackEveryKey_whenGivenTheSetsOwnDocument() {
        JsonWebKeySet parsed = JsonWebKeySet.parse(ISSUER.keys.toJson().getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.size()).isEqualTo(2);
        assertThat(parsed.key("ec-1")).hasValueSatisfying(key -> {
            assertThat(key.algorithm()).isEqualTo(JwsAlgorithm.ES256);
            assertThat(key.key()).isEqualTo(ISSUER.ec.getPublic());
        });
        assertThat(parsed.key("rsa-1")).hasValueSatisfying(key -> assertThat(key.key()).isEqualTo(ISSUER.rsa.getPublic()));
        assertThat(parsed.key("missing")).isEmpty();
    }

    @Test
    void parse_shouldSkipKeysItCannotUse_andKeepTheOthers() throws Exception {
        ObjectNode document = (ObjectNode) TestIssuer.JSON.readTree(ISSUER.keys.toJson());
        ArrayNode keys = (ArrayNode) document.get("keys");
        ObjectNode ec = (ObjectNode) keys.get(0);
        keys.addObject().put("kid", "hmac").put("kty", "oct").put("alg", "HS256").put("k", "c2VjcmV0");
        keys.add(ec.deepCopy().put("kid", "encryption").put("use", "enc"));
        keys.add(ec.deepCopy().put("kid", "p384").put("crv", "P-384"));
        keys.add(ec.deepCopy().put("kid", "rsa-alg-on-ec").put("alg", "RS256"));
        keys.add(ec.deepCopy().put("kid", "short-x").put("x", "AAAA"));
        keys.add(ec.deepCopy().put("kid", "padded").put("x", ec.get("x").asText() + "="));
        keys.add(ec.deepCopy().put("kid", ""));
        keys.add(rsaJwk("rsa-1024", 1024));
        keys.add(rsaJwk("rsa-no-alg", 2048).without("alg"));

        JsonWebKeySet parsed = JsonWebKeySet.parse(document.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.size()).isEqualTo(3);
        assertThat(parsed.key("rsa-no-alg")).hasValueSatisfying(key -> assertThat(key.algorithm()).isEqualTo(JwsAlgorithm.RS256));
    }

    @Test
    void parse_shouldReadAtMostMaxKeys_whenTheDocumentHasMore() throws Exception {
        ObjectNode ec = (ObjectNode) TestIssuer.JSON.readTree(ISSUER.keys.toJson()).get("keys").get(0);
        ObjectNode document = TestIssuer.JSON.createObjectNode();
        ArrayNode keys = document.putArray("keys");
        for (int i = 0; i < JsonWebKeySet.MAX_KEYS + 5; i++) {
            keys.add(ec.deepCopy().put("kid", "k" + i));
        }

        assertThat(JsonWebKeySet.parse(document.toString().getBytes(StandardCharsets.UTF_8)).size())
                .isEqualTo(JsonWebKeySet.MAX_KEYS);
    }

    @Test
    void parse_shouldRefuse_whenTheDocumentIsNotAKeySet() {
        assertThatThrownBy(() -> JsonWebKeySet.parse("<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonWebKeySet.parse("{\"keys\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_shouldRefuseAKidUsedTwice() {
        VerificationKey key = new VerificationKey("same", JwsAlgorithm.ES256, ISSUER.ec.getPublic());

        assertThatThrownBy(() -> JsonWebKeySet.of(List.of(key, key))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerificationKey("rsa", JwsAlgorithm.RS256, ISSUER.ec.getPublic()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ObjectNode rsaJwk(String kid, int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        java.security.interfaces.RSAPublicKey key = (java.security.interfaces.RSAPublicKey) generator.generateKeyPair().getPublic();
        return TestIssuer.JSON.createObjectNode().put("kid", kid).put("kty", "RSA").put("alg", "RS256")
                .put("n", Base64Url.encode(key.getModulus().toByteArray()))
                .put("e", Base64Url.encode(key.getPublicExponent().toByteArray()));
    }
}
