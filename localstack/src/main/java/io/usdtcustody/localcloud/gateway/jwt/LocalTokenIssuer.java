package io.usdtcustody.localcloud.gateway.jwt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.jwt.CompactJws;
import io.usdtcustody.model.jwt.JsonWebKeySet;
import io.usdtcustody.model.jwt.JwsAlgorithm;
import io.usdtcustody.model.jwt.VerificationKey;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The local cloud's stand-in for the mobile identity provider (a Cognito user pool in AWS): it holds one
 * ES256 and one RS256 signing key, made fresh at every start and never written anywhere, publishes their
 * public JWKS, and mints ID tokens shaped like Cognito's ({@code iss}, {@code aud}, {@code sub},
 * {@code token_use: id}, and the tenant in the catalogue's tenant claim).
 */
public final class LocalTokenIssuer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuer;
    private final String audience;
    private final String tenantClaim;
    private final Clock clock;
    private final KeyPair es256;
    private final KeyPair rs256;
    private final String es256Kid;
    private final String rs256Kid;
    private final JsonWebKeySet keys;

    public LocalTokenIssuer(String issuer, String audience, String tenantClaim, Clock clock, SecureRandom random) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.tenantClaim = Objects.requireNonNull(tenantClaim, "tenantClaim");
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048, random);
            this.es256 = ec.generateKeyPair();
            this.rs256 = rsa.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make P-256 and RSA keys", e);
        }
        String suffix = Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        this.es256Kid = "local-es256-" + suffix;
        this.rs256Kid = "local-rs256-" + suffix;
        this.keys = JsonWebKeySet.of(List.of(new VerificationKey(es256Kid, JwsAlgorithm.ES256, es256.getPublic()),
                new VerificationKey(rs256Kid, JwsAlgorithm.RS256, rs256.getPublic())));
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    public JsonWebKeySet keys() {
        return keys;
    }

    /** An ID token for a customer of a tenant, valid for {@code lifetime} from now. */
    public String mint(TenantId tenant, String subject, JwsAlgorithm algorithm, Duration lifetime) {
        Instant now = clock.instant();
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", issuer).put("aud", audience).put("sub", subject).put("token_use", "id")
                .put(tenantClaim, tenant.value())
                .put("iat", now.getEpochSecond()).put("auth_time", now.getEpochSecond())
                .put("exp", now.plus(lifetime).getEpochSecond())
                .put("jti", UUID.randomUUID().toString());
        return sign(claims, algorithm);
    }

    /** Signs any claims with the issuer's key for {@code algorithm} (tests use it to craft edge cases). */
    public String sign(ObjectNode claims, JwsAlgorithm algorithm) {
        ObjectNode header = JSON.createObjectNode().put("alg", algorithm.name()).put("typ", "JWT")
                .put("kid", algorithm == JwsAlgorithm.ES256 ? es256Kid : rs256Kid);
        return CompactJws.sign(header, claims, algorithm == JwsAlgorithm.ES256 ? es256.getPrivate() : rs256.getPrivate(),
                algorithm);
    }
}
