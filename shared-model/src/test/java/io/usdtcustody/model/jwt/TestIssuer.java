package io.usdtcustody.model.jwt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;

/** An issuer for tests: fresh P-256 and RSA-2048 keys, its JWKS, and Cognito-shaped ID tokens. */
final class TestIssuer {
    static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1";
    static final String CLIENT = "4f1bq9mobileclient00000000";
    static final ObjectMapper JSON = new ObjectMapper();

    final KeyPair ec;
    final KeyPair rsa;
    final JsonWebKeySet keys;

    TestIssuer(SecureRandom random) {
        try {
            KeyPairGenerator ecGenerator = KeyPairGenerator.getInstance("EC");
            ecGenerator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
            rsaGenerator.initialize(2048, random);
            this.ec = ecGenerator.generateKeyPair();
            this.rsa = rsaGenerator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.keys = JsonWebKeySet.of(List.of(new VerificationKey("ec-1", JwsAlgorithm.ES256, ec.getPublic()),
                new VerificationKey("rsa-1", JwsAlgorithm.RS256, rsa.getPublic())));
    }

    /** The claims of a valid ID token issued at {@code now}, valid for an hour. */
    static ObjectNode idClaims(Instant now) {
        return JSON.createObjectNode().put("iss", ISSUER).put("aud", CLIENT).put("sub", "7d2e1f5a-user")
                .put("token_use", "id").put("custom:tenant_id", "acme")
                .put("iat", now.getEpochSecond()).put("exp", now.plusSeconds(3600).getEpochSecond());
    }

    static ObjectNode header(JwsAlgorithm algorithm, String kid) {
        return JSON.createObjectNode().put("alg", algorithm.name()).put("typ", "JWT").put("kid", kid);
    }

    String es256(ObjectNode claims) {
        return CompactJws.sign(header(JwsAlgorithm.ES256, "ec-1"), claims, ec.getPrivate(), JwsAlgorithm.ES256);
    }

    String rs256(ObjectNode claims) {
        return CompactJws.sign(header(JwsAlgorithm.RS256, "rsa-1"), claims, rsa.getPrivate(), JwsAlgorithm.RS256);
    }
}
