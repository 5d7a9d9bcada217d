package io.usdtcustody.model.jwt;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.usdtcustody.model.jwt.TokenRejectedException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * Verifies compact JWS bearer tokens (RFC 7515/7519) as an API Gateway JWT or Cognito authorizer does: the
 * header's {@code alg} must be ES256 or RS256 and equal to the algorithm of the key its {@code kid} names (so
 * neither {@code none} nor an HMAC made with a public key gets in), the signature must verify, and the claims must
 * meet the {@link TokenRequirements} at the given instant. Only {@code alg} and {@code kid} are read before the
 * signature holds; the payload is interpreted only once it is authenticated.
 *
 * <p>Pure: the time is passed in and the keys come from a {@link JwksSource}.
 */
public final class JwtVerifier {
    /** Larger tokens are refused before any parsing (Cognito's ID tokens are 1-2 KB). */
    public static final int MAX_TOKEN_LENGTH = 8 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JwksSource keys;
    private final TokenRequirements requirements;

    public JwtVerifier(JwksSource keys, TokenRequirements requirements) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.requirements = Objects.requireNonNull(requirements, "requirements");
    }

    public TokenRequirements requirements() {
        return requirements;
    }

    /** The token's verified claims, or why it is refused. */
    public VerifiedToken verify(String token, Instant now) throws TokenRejectedException {
        Objects.requireNonNull(now, "now");
        if (token == null || token.isEmpty()) {
            throw new TokenRejectedException(Reason.MALFORMED);
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new TokenRejectedException(Reason.TOO_LONG);
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new TokenRejectedException(Reason.MALFORMED);
        }
        JsonNode header = json(parts[0]);
        JwsAlgorithm algorithm = JwsAlgorithm.fromHeader(header.path("alg").asText(""))
                .orElseThrow(() -> new TokenRejectedException(Reason.ALGORITHM_NOT_ACCEPTED));
        if (header.has("crit")) {
            throw new TokenRejectedException(Reason.CRITICAL_HEADER);
        }
        String kid = header.path("kid").isTextual() ? header.get("kid").textValue() : "";
        if (kid.isEmpty()) {
            throw new TokenRejectedException(Reason.NO_KEY_ID);
        }
        VerificationKey key = keys.current().key(kid)
                .or(() -> keys.refreshed().key(kid))
                .orElseThrow(() -> new TokenRejectedException(Reason.UNKNOWN_KEY));
        if (key.algorithm() != algorithm) {
            throw new TokenRejectedException(Reason.ALGORITHM_MISMATCH);
        }
        if (!signatureValid(key, parts)) {
            throw new TokenRejectedException(Reason.BAD_SIGNATURE);
        }
        JsonNode claims = json(parts[1]);
        checkClaims(claims, now);
        return new VerifiedToken(algorithm, kid, claims);
    }

    private void checkClaims(JsonNode claims, Instant now) throws TokenRejectedException {
        long seconds = now.getEpochSecond();
        long leeway = requirements.skew().toSeconds();
        if (!claims.path("exp").isIntegralNumber()) {
            throw new TokenRejectedException(Reason.NO_EXPIRY);
        }
        if (seconds > claims.get("exp").asLong() + leeway) {
            throw new TokenRejectedException(Reason.EXPIRED);
        }
        if (claims.has("nbf") && (!claims.get("nbf").isIntegralNumber() || seconds + leeway < claims.get("nbf").asLong())) {
            throw new TokenRejectedException(Reason.NOT_YET_VALID);
        }
        if (claims.has("iat") && (!claims.get("iat").isIntegralNumber() || seconds + leeway < claims.get("iat").asLong())) {
            throw new TokenRejectedException(Reason.ISSUED_IN_FUTURE);
        }
        if (!claims.path("iss").isTextual() || !requirements.issuer().equals(claims.get("iss").textValue())) {
            throw new TokenRejectedException(Reason.WRONG_ISSUER);
        }
        JsonNode aud = claims.path("aud");
        boolean audienceMatches = aud.isTextual() ? requirements.audiences().contains(aud.textValue())
                : aud.isArray() && StreamSupport.stream(aud.spliterator(), false)
                        .anyMatch(entry -> entry.isTextual() && requirements.audiences().contains(entry.textValue()));
        if (!audienceMatches) {
            throw new TokenRejectedException(Reason.WRONG_AUDIENCE);
        }
        if (requirements.tokenUse().isPresent() && !(claims.path("token_use").isTextual()
                && requirements.tokenUse().get().equals(claims.get("token_use").textValue()))) {
            throw new TokenRejectedException(Reason.WRONG_TOKEN_USE);
        }
    }

    private static boolean signatureValid(VerificationKey key, String[] parts) throws TokenRejectedException {
        byte[] signature = decode(parts[2]);
        int expected = key.algorithm().signatureBytes();
        if (expected > 0 && signature.length != expected) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(key.algorithm().jcaName());
            verifier.initVerify(key.key());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static JsonNode json(String part) throws TokenRejectedException {
        try {
            JsonNode node = JSON.readTree(decode(part));
            if (node == null || !node.isObject()) {
                throw new TokenRejectedException(Reason.MALFORMED);
            }
            return node;
        } catch (IOException e) {
            throw new TokenRejectedException(Reason.MALFORMED);
        }
    }

    private static byte[] decode(String part) throws TokenRejectedException {
        try {
            return Base64Url.decode(part);
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(Reason.MALFORMED);
        }
    }
}
