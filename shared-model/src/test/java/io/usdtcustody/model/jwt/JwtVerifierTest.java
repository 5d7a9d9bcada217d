package io.usdtcustody.model.jwt;

import static io.usdtcustody.model.jwt.TestIssuer.CLIENT;
import static io.usdtcustody.model.jwt.TestIssuer.ISSUER;
import static io.usdtcustody.model.jwt.TestIssuer.idClaims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.jwt.TokenRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final TestIssuer ISSUER_KEYS = new TestIssuer(new SecureRandom(new byte[] {1}));
    private static final TokenRequirements COGNITO_ID = TokenRequirements.cognitoIdToken(ISSUER, CLIENT, Duration.ofSeconds(30));
    private final JwtVerifier verifier = new JwtVerifier(JwksSource.fixed(ISSUER_KEYS.keys), COGNITO_ID);

    @Test
    void verify_shouldReturnTheClaims_whenAnEs256OrRs256IdTokenIsValid() throws TokenRejectedException {
        VerifiedToken es = verifier.verify(ISSUER_KEYS.es256(idClaims(NOW)), NOW);
        VerifiedToken rs = verifier.verify(ISSUER_KEYS.rs256(idClaims(NOW)), NOW);

        assertThat(es.algorithm()).isEqualTo(JwsAlgorithm.ES256);
        assertThat(rs.algorithm()).isEqualTo(JwsAlgorithm.RS256);
        assertThat(es.subject()).contains("7d2e1f5a-user");
        assertThat(rs.stringClaim("custom:tenant_id")).contains("acme");
        assertThat(rs.stringClaim("exp")).isEmpty();
    }

    @Test
    void verify_shouldAcceptAnAudienceList_whenItContainsTheClient() throws TokenRejectedException {
        ObjectNode claims = idClaims(NOW);
        claims.putArray("aud").add("other").add(CLIENT);

        assertThat(verifier.verify(ISSUER_KEYS.es256(claims), NOW).kid()).isEqualTo("ec-1");
    }

    @Test
    void verify_shouldRefuseWithAReason_whenAClaimDoesNotHold() {
        assertRejected(ISSUER_KEYS.es256(idClaims(NOW.minusSeconds(3600 + 31))), Reason.EXPIRED);
        assertRejected(ISSUER_KEYS.es256(idClaims(NOW).put("iss", ISSUER + "x")), Reason.WRONG_ISSUER);
        assertRejected(ISSUER_KEYS.es256(idClaims(NOW).put("aud", "someone-else")), Reason.WRONG_AUDIENCE);
        assertRejected(ISSUER_KEYS.es256(idClaims(NOW).put("token_use", "access")), Reason.WRONG_TOKEN_USE);
        assertRejected(ISSUER_KEYS.es256((ObjectNode) idClaims(NOW).without("token_use")), Reason.WRONG_TOKEN_USE);
        assertRejected(ISSUER_KEYS.es256((ObjectNode) idClaims(NOW).without("exp")), Reason.NO_EXPIRY);
        assertRejected(ISSUER_KEYS.es256(idClaims(NOW).put("exp", "2099-01-01")), Reason.NO_EXPIRY);
        assertRejected(ISSUER_KEYS.es256(idClaims(NOW).put("nbf", NOW.plusSeconds(31).getEpochSecond())), Reason.NOT_YET_VALID);
        assertRejected(ISSUER_KEYS.es256(idClaims(NOW).put("iat", NOW.plusSeconds(31).getEpochSecond())), Reason.ISSUED_IN_FUTURE);
    }

    @Test
    void verify_shouldAllowTheSkew_whenExpiryOrIssueTimeIsWithinIt() throws TokenRejectedException {
        ObjectNode claims = idClaims(NOW.plusSeconds(30)).put("exp", NOW.minusSeconds(30).getEpochSecond());

        assertThat(verifier.verify(ISSUER_KEYS.rs256(claims), NOW).subject()).isPresent();
    }

    @Test
    void verify_shouldRefuse_whenTheHeaderChoosesAnotherAlgorithm() {
        ObjectNode claims = idClaims(NOW);
        String none = part("{\"alg\":\"none\",\"kid\":\"ec-1\"}") + "." + part(claims.toString()) + ".c2ln";
        String hs256 = hmacWithPublicKey(claims);
        String es256HeaderOnRsaKey = CompactJws.sign(TestIssuer.header(JwsAlgorithm.ES256, "rsa-1"), claims,
                ISSUER_KEYS.ec.getPrivate(), JwsAlgorithm.ES256);

        assertRejected(none, Reason.ALGORITHM_NOT_ACCEPTED);
        assertRejected(hs256, Reason.ALGORITHM_NOT_ACCEPTED);
        assertRejected(es256HeaderOnRsaKey, Reason.ALGORITHM_MISMATCH);
    }

    @Test
    void verify_shouldRefuse_whenTheSignatureOrStructureIsWrong() {
        String valid = ISSUER_KEYS.es256(idClaims(NOW));
        String[] parts = valid.split("\\.");
        String otherTenant = part(idClaims(NOW).put("custom:tenant_id", "other").toString());
        String signedByStranger = CompactJws.sign(TestIssuer.header(JwsAlgorithm.ES256, "ec-1"), idClaims(NOW),
                new TestIssuer(new SecureRandom(new byte[] {2})).ec.getPrivate(), JwsAlgorithm.ES256);

        assertRejected(parts[0] + "." + otherTenant + "." + parts[2], Reason.BAD_SIGNATURE);
        assertRejected(signedByStranger, Reason.BAD_SIGNATURE);
        assertRejected(parts[0] + "." + parts[1] + "." + part("short"), Reason.BAD_SIGNATURE);
        assertRejected(parts[0] + "." + parts[1], Reason.MALFORMED);
        assertRejected(parts[0] + "." + parts[1] + ".", Reason.MALFORMED);
        assertRejected(parts[0] + "." + parts[1] + "." + parts[2] + "=", Reason.MALFORMED);
        assertRejected("not-a-token", Reason.MALFORMED);
        assertRejected("", Reason.MALFORMED);
        assertRejected(part("[1]") + "." + parts[1] + "." + parts[2], Reason.MALFORMED);
        assertRejected(part("{\"alg\":\"ES256\",\"alg\":\"none\",\"kid\":\"ec-1\"}") + "." + parts[1] + "." + parts[2],
                Reason.MALFORMED);
        assertRejected("a".repeat(JwtVerifier.MAX_TOKEN_LENGTH + 1), Reason.TOO_LONG);
    }

    @Test
    void verify_shouldRefuse_whenTheHeaderNamesNoKnownKeyOrACriticalExtension() {
        ObjectNode claims = idClaims(NOW);
        String noKid = CompactJws.sign(TestIssuer.JSON.createObjectNode().put("alg", "ES256"), claims,
                ISSUER_KEYS.ec.getPrivate(), JwsAlgorithm.ES256);
        String unknownKid = CompactJws.sign(TestIssuer.header(JwsAlgorithm.ES256, "ec-9"), claims,
                ISSUER_KEYS.ec.getPrivate(), JwsAlgorithm.ES256);
        ObjectNode critical = TestIssuer.header(JwsAlgorithm.ES256, "ec-1");
        critical.putArray("crit").add("b64");

        assertRejected(noKid, Reason.NO_KEY_ID);
        assertRejected(unknownKid, Reason.UNKNOWN_KEY);
        assertRejected(CompactJws.sign(critical, claims, ISSUER_KEYS.ec.getPrivate(), JwsAlgorithm.ES256), Reason.CRITICAL_HEADER);
    }

    @Test
    void verify_shouldAskTheSourceToRefreshOnce_whenTheKidIsUnknownToTheCurrentKeys() throws TokenRejectedException {
        AtomicInteger refreshes = new AtomicInteger();
        JsonWebKeySet before = JsonWebKeySet.of(List.of());
        JwtVerifier rotating = new JwtVerifier(new JwksSource() {
            @Override
            public JsonWebKeySet current() {
                return refreshes.get() == 0 ? before : ISSUER_KEYS.keys;
            }

            @Override
            public JsonWebKeySet refreshed() {
                refreshes.incrementAndGet();
                return ISSUER_KEYS.keys;
            }
        }, COGNITO_ID);

        assertThat(rotating.verify(ISSUER_KEYS.es256(idClaims(NOW)), NOW).kid()).isEqualTo("ec-1");
        assertThat(rotating.verify(ISSUER_KEYS.es256(idClaims(NOW)), NOW).kid()).isEqualTo("ec-1");
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void requirements_shouldRefuseABlankIssuerNoAudienceOrALargeSkew() {
        assertThatThrownBy(() -> TokenRequirements.cognitoIdToken(" ", CLIENT, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenRequirements(ISSUER, java.util.Set.of(), java.util.Optional.empty(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenRequirements.cognitoIdToken(ISSUER, CLIENT, Duration.ofMinutes(6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejection_shouldNeverRepeatTheToken_inItsMessage() {
        String token = ISSUER_KEYS.es256(idClaims(NOW).put("aud", "someone-else"));

        assertThatThrownBy(() -> verifier.verify(token, NOW))
                .hasMessage(Reason.WRONG_AUDIENCE.description())
                .hasMessageNotContaining(token.substring(0, 20));
    }

    private void assertRejected(String token, Reason reason) {
        assertThatThrownBy(() -> verifier.verify(token, NOW)).as(reason.name())
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The classic confusion attack: HS256 keyed with the issuer's public key bytes. */
    private static String hmacWithPublicKey(ObjectNode claims) {
        String input = part("{\"alg\":\"HS256\",\"kid\":\"rsa-1\"}") + "." + part(claims.toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ISSUER_KEYS.rsa.getPublic().getEncoded(), "HmacSHA256"));
            return input + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
