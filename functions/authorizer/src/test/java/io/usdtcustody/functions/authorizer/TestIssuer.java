package io.usdtcustody.functions.authorizer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.jwt.CompactJws;
import io.usdtcustody.model.jwt.JsonWebKeySet;
import io.usdtcustody.model.jwt.JwsAlgorithm;
import io.usdtcustody.model.jwt.VerificationKey;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;

/**
 * A Cognito user pool for tests: fresh P-256 and RSA-2048 keys made here (nothing fetched), its JWKS, and ID
 * tokens shaped like the pool's ({@code iss}, {@code aud} = app client, {@code token_use: id}, the tenant claim).
 */
public final class TestIssuer {
    public static final String REGION = "eu-west-1";
    public static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123";
    public static final String CLIENT = "1example23456789clientid00";
    public static final String SUBJECT = "5f0c8e2a-9b1d-4c3e-8f7a-2d6b1e0c9a4f";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    final KeyPair ec;
    final KeyPair rsa;
    public final JsonWebKeySet keys;

    public TestIssuer() {
        try {
            KeyPairGenerator ecGenerator = KeyPairGenerator.getInstance("EC");
            ecGenerator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
            rsaGenerator.initialize(2048, RANDOM);
            this.ec = ecGenerator.generateKeyPair();
            this.rsa = rsaGenerator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.keys = JsonWebKeySet.of(List.of(new VerificationKey("pool-ec", JwsAlgorithm.ES256, ec.getPublic()),
                new VerificationKey("pool-rsa", JwsAlgorithm.RS256, rsa.getPublic())));
    }

    /** Claims of a valid ID token for tenant {@code acme}, issued at {@code now} for an hour. */
    public static ObjectNode idClaims(Instant now) {
        return JSON.createObjectNode().put("iss", ISSUER).put("aud", CLIENT).put("sub", SUBJECT)
                .put("token_use", "id").put("custom:tenant_id", "acme").put("email", "alice@example.com")
                .put("iat", now.getEpochSecond()).put("auth_time", now.getEpochSecond())
                .put("exp", now.plusSeconds(3600).getEpochSecond());
    }

    public String es256(ObjectNode claims) {
        return CompactJws.sign(JSON.createObjectNode().put("alg", "ES256").put("kid", "pool-ec"), claims,
                ec.getPrivate(), JwsAlgorithm.ES256);
    }

    public String rs256(ObjectNode claims) {
        return CompactJws.sign(JSON.createObjectNode().put("alg", "RS256").put("kid", "pool-rsa"), claims,
                rsa.getPrivate(), JwsAlgorithm.RS256);
    }
}
