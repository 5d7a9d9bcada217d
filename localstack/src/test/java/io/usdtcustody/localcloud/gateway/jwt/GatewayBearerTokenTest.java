package io.usdtcustody.localcloud.gateway.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.localcloud.gateway.auth.Authenticator;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.jwt.JsonWebKeySet;
import io.usdtcustody.model.jwt.JwksSource;
import io.usdtcustody.model.jwt.JwsAlgorithm;
import io.usdtcustody.model.jwt.JwtVerifier;
import io.usdtcustody.model.jwt.TokenRejectedException;
import io.usdtcustody.model.jwt.VerificationKey;
import io.usdtcustody.model.jwt.VerifiedToken;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.junit.jupiter.api.Test;

/**
 * The gateway's bearer-token contract: tokens of the local issuer, checked by the shared verifier with the gateway's
 * requirements ({@link Authenticator#bearerRequirements}), and the rejections the gateway turns into 401s.
 */
class GatewayBearerTokenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = "http://127.0.0.1:9999";
    private static final String AUDIENCE = "usdt-mobile";
    private static final String TENANT_CLAIM = "custom:tenant_id";

    private final MutableClock clock = new MutableClock(Instant.parse("2030-03-01T10:00:00Z"));
    private final LocalTokenIssuer issuer = new LocalTokenIssuer(ISSUER, AUDIENCE, TENANT_CLAIM, clock, new SecureRandom());
    private final JwtVerifier verifier = new JwtVerifier(
            JwksSource.fixed(JsonWebKeySet.parse(issuer.keys().toJson().getBytes(StandardCharsets.UTF_8))),
            Authenticator.bearerRequirements(ISSUER, AUDIENCE, Duration.ofSeconds(30)));

    @Test
    void verify_shouldAcceptEs256AndRs256Tokens_withTheirClaims() throws Exception {
        for (JwsAlgorithm algorithm : JwsAlgorithm.values()) {
            String token = issuer.mint(TenantId.of("acme"), "alice", algorithm, Duration.ofHours(1));

            VerifiedToken verified = verify(verifier, token);

            assertThat(verified.algorithm()).isEqualTo(algorithm);
            assertThat(verified.subject()).contains("alice");
            assertThat(verified.stringClaim(TENANT_CLAIM)).contains("acme");
        }
    }

    @Test
    void verify_shouldRefuse_expiredTokens_afterTheSkew() throws Exception {
        String token = issuer.mint(TenantId.of("acme"), "alice", JwsAlgorithm.ES256, Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5).plusSeconds(30));
        verify(verifier, token);

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> verify(verifier, token)).isInstanceOf(TokenRejectedException.class).hasMessageContaining("expired");
    }

    @Test
    void verify_shouldRefuse_tokensNotValidYet_orIssuedInTheFuture() {
        ObjectNode notYet = claims().put("nbf", clock.instant().plusSeconds(60).getEpochSecond());
        ObjectNode future = claims().put("iat", clock.instant().plusSeconds(60).getEpochSecond());

        assertThatThrownBy(() -> verify(verifier, issuer.sign(notYet, JwsAlgorithm.RS256))).hasMessageContaining("nbf");
        assertThatThrownBy(() -> verify(verifier, issuer.sign(future, JwsAlgorithm.RS256))).hasMessageContaining("iat");
    }

    @Test
    void verify_shouldRefuse_otherAudiencesAndIssuers_andTokensWithoutExpiry() {
        assertThatThrownBy(() -> verify(verifier, issuer.sign(claims().put("aud", "someone-else"), JwsAlgorithm.ES256)))
                .hasMessageContaining("audience");
        assertThatThrownBy(() -> verify(verifier, issuer.sign(claims().put("iss", "https://evil.example"), JwsAlgorithm.ES256)))
                .hasMessageContaining("issuer");
        ObjectNode noExpiry = claims();
        noExpiry.remove("exp");
        assertThatThrownBy(() -> verify(verifier, issuer.sign(noExpiry, JwsAlgorithm.ES256))).hasMessageContaining("expiry");
    }

    @Test
    void verify_shouldAcceptTokens_withoutOrWithAnyTokenUse() throws Exception {
        ObjectNode none = claims();
        ObjectNode access = claims().put("token_use", "access");

        assertThat(verify(verifier, issuer.sign(none, JwsAlgorithm.ES256)).subject()).contains("alice");
        assertThat(verify(verifier, issuer.sign(access, JwsAlgorithm.RS256)).subject()).contains("alice");
    }

    @Test
    void verify_shouldAcceptAnAudienceList_thatContainsOurs() throws Exception {
        ObjectNode claims = claims();
        claims.putArray("aud").add("other").add(AUDIENCE);

        assertThat(verify(verifier, issuer.sign(claims, JwsAlgorithm.ES256)).subject()).contains("alice");
    }

    @Test
    void verify_shouldRefuse_aTamperedPayload() {
        String token = issuer.mint(TenantId.of("acme"), "alice", JwsAlgorithm.RS256, Duration.ofHours(1));
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + base64Url(claims().put(TENANT_CLAIM, "victim").toString()) + "." + parts[2];

        assertThatThrownBy(() -> verify(verifier, forged)).hasMessageContaining("signature");
    }

    @Test
    void verify_shouldRefuse_algNone_evenWithAKnownKid() {
        String header = JSON.createObjectNode().put("alg", "none").put("kid", kidOf(JwsAlgorithm.ES256)).toString();
        String unsigned = base64Url(header) + "." + base64Url(claims().toString()) + ".";

        assertThatThrownBy(() -> verify(verifier, unsigned)).isInstanceOf(TokenRejectedException.class);
        assertThatThrownBy(() -> verify(verifier, unsigned + "AAAA")).hasMessageContaining("algorithm");
    }

    @Test
    void verify_shouldRefuse_hs256MadeWithThePublishedRsaKey() throws Exception {
        String kid = kidOf(JwsAlgorithm.RS256);
        byte[] publicKey = issuer.keys().key(kid).orElseThrow().key().getEncoded();
        String input = base64Url(JSON.createObjectNode().put("alg", "HS256").put("kid", kid).toString()) + "."
                + base64Url(claims().toString());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKey, "HmacSHA256"));
        String forged = input + "." + base64Url(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));

        assertThatThrownBy(() -> verify(verifier, forged)).hasMessageContaining("algorithm");
    }

    @Test
    void verify_shouldRefuse_anEs256HeaderPointingAtTheRsaKey() {
        String rsaKid = kidOf(JwsAlgorithm.RS256);
        String token = issuer.sign(claims(), JwsAlgorithm.ES256);
        String[] parts = token.split("\\.");
        String header = base64Url(JSON.createObjectNode().put("alg", "ES256").put("kid", rsaKid).toString());

        assertThatThrownBy(() -> verify(verifier, header + "." + parts[1] + "." + parts[2])).hasMessageContaining("match");
    }

    @Test
    void verify_shouldRefuse_unknownKids_malformedTokensAndDuplicateClaims() {
        String header = base64Url(JSON.createObjectNode().put("alg", "ES256").put("kid", "nobody").toString());

        assertThatThrownBy(() -> verify(verifier, header + "." + base64Url("{}") + ".AAAA")).hasMessageContaining("key");
        assertThatThrownBy(() -> verify(verifier, "a.b")).hasMessageContaining("well-formed");
        assertThatThrownBy(() -> verify(verifier, "%%%.b.c")).hasMessageContaining("well-formed");
        assertThatThrownBy(() -> verify(verifier, "x".repeat(9000))).hasMessageContaining("too long");
        String duplicate = "{\"sub\":\"alice\",\"sub\":\"mallory\"}";
        String signed = issuer.sign(claims(), JwsAlgorithm.ES256);
        String[] parts = signed.split("\\.");
        assertThatThrownBy(() -> verify(verifier, parts[0] + "." + base64Url(duplicate) + "." + parts[2]))
                .isInstanceOf(TokenRejectedException.class);
    }

    @Test
    void verify_shouldAcceptAnEs256SignatureMadeByAnIndependentImplementation() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        JwtVerifier independent = new JwtVerifier(JwksSource.fixed(JsonWebKeySet.of(List.of(
                new VerificationKey("bc", JwsAlgorithm.ES256, pair.getPublic())))),
                Authenticator.bearerRequirements(ISSUER, AUDIENCE, Duration.ZERO));
        String input = base64Url("{\"alg\":\"ES256\",\"kid\":\"bc\"}") + "." + base64Url(claims().toString());

        String token = input + "." + base64Url(bouncyCastleP1363(((ECPrivateKey) pair.getPrivate()).getS(), input));

        assertThat(verify(independent, token).subject()).contains("alice");
    }

    private ObjectNode claims() {
        long now = clock.instant().getEpochSecond();
        return JSON.createObjectNode().put("iss", ISSUER).put("aud", AUDIENCE).put("sub", "alice")
                .put(TENANT_CLAIM, "acme").put("iat", now).put("exp", now + 600);
    }

    private String kidOf(JwsAlgorithm algorithm) {
        String token = issuer.mint(TenantId.of("acme"), "alice", algorithm, Duration.ofHours(1));
        return readJson(token.split("\\.")[0]).path("kid").asText();
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private VerifiedToken verify(JwtVerifier with, String token) throws TokenRejectedException {
        return with.verify(token, clock.instant());
    }

    private static String base64Url(String text) {
        return base64Url(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** r || s, 32 bytes each, from BouncyCastle's own ECDSA (RFC 6979 k), not the JDK's. */
    private static byte[] bouncyCastleP1363(BigInteger privateScalar, String input) {
        X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(privateScalar,
                new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH())));
        SHA256Digest digest = new SHA256Digest();
        byte[] data = input.getBytes(StandardCharsets.US_ASCII);
        byte[] hash = new byte[32];
        digest.update(data, 0, data.length);
        digest.doFinal(hash, 0);
        BigInteger[] rs = signer.generateSignature(hash);
        byte[] out = new byte[64];
        copyFixed(rs[0], out, 0);
        copyFixed(rs[1], out, 32);
        return out;
    }

    private static void copyFixed(BigInteger value, byte[] into, int offset) {
        byte[] raw = value.toByteArray();
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, into, offset + 32 - length, length);
    }
}
