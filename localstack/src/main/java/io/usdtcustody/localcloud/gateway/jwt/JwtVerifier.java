package io.usdtcustody.localcloud.gateway.jwt;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies compact JWS bearer tokens (RFC 7515/7519) the way an API Gateway JWT or Cognito authorizer does:
 * the header's {@code alg} must be ES256 or RS256 and equal to the algorithm of the key its {@code kid} names
 * (so neither {@code none} nor an HMAC made with a public key gets in), the signature must verify, {@code iss}
 * must be the configured issuer, {@code aud} must contain a configured audience, and {@code exp}, {@code nbf}
 * and {@code iat} must hold at the injected clock's time give or take a small skew.
 */
public final class JwtVerifier {
    /** Larger tokens are refused before any parsing. */
    static final int MAX_TOKEN_LENGTH = 8 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JwksSource keys;
    private final String issuer;
    private final Set<String> audiences;
    private final Duration skew;
    private final Clock clock;

    public JwtVerifier(JwksSource keys, String issuer, Set<String> audiences, Duration skew, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audiences = Set.copyOf(audiences);
        this.skew = Objects.requireNonNull(skew, "skew");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (audiences.isEmpty() || skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("at least one audience, and a skew of 0-5 minutes");
        }
    }

    public VerifiedToken verify(String token) throws TokenRejectedException {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new TokenRejectedException("the token is empty or too long");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw new TokenRejectedException("the token is not a signed JWT (header.payload.signature)");
        }
        JsonNode header = json(parts[0], "header");
        String alg = header.path("alg").asText("");
        JwsAlgorithm algorithm = JwsAlgorithm.fromHeader(alg)
                .orElseThrow(() -> new TokenRejectedException("the token's algorithm is not accepted (ES256 or RS256 only)"));
        if (header.has("crit")) {
            throw new TokenRejectedException("the token uses critical header extensions");
        }
        String kid = header.path("kid").isTextual() ? header.get("kid").textValue() : "";
        if (kid.isEmpty()) {
            throw new TokenRejectedException("the token names no key (kid)");
        }
        VerificationKey key = keys.current().key(kid)
                .or(() -> keys.refreshed().key(kid))
                .orElseThrow(() -> new TokenRejectedException("the token's key is not one of the issuer's"));
        if (key.algorithm() != algorithm) {
            throw new TokenRejectedException("the token's algorithm does not match its key");
        }
        if (!signatureValid(key, parts)) {
            throw new TokenRejectedException("the token's signature does not verify");
        }
        JsonNode claims = json(parts[1], "payload");
        checkClaims(claims);
        return new VerifiedToken(algorithm, kid, claims);
    }

    private void checkClaims(JsonNode claims) throws TokenRejectedException {
        long now = clock.instant().getEpochSecond();
        long leeway = skew.toSeconds();
        if (!claims.path("exp").isNumber()) {
            throw new TokenRejectedException("the token has no expiry (exp)");
        }
        if (now > claims.get("exp").asLong() + leeway) {
            throw new TokenRejectedException("the token has expired");
        }
        if (claims.has("nbf") && (!claims.get("nbf").isNumber() || now + leeway < claims.get("nbf").asLong())) {
            throw new TokenRejectedException("the token is not valid yet (nbf)");
        }
        if (claims.has("iat") && (!claims.get("iat").isNumber() || now + leeway < claims.get("iat").asLong())) {
            throw new TokenRejectedException("the token was issued in the future (iat)");
        }
        if (!issuer.equals(claims.path("iss").asText(null))) {
            throw new TokenRejectedException("the token is from another issuer");
        }
        JsonNode aud = claims.path("aud");
        boolean audienceMatches = aud.isTextual() ? audiences.contains(aud.textValue())
                : aud.isArray() && streamOf(aud).anyMatch(audiences::contains);
        if (!audienceMatches) {
            throw new TokenRejectedException("the token is for another audience");
        }
    }

    private static java.util.stream.Stream<String> streamOf(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .filter(JsonNode::isTextual).map(JsonNode::textValue);
    }

    private static boolean signatureValid(VerificationKey key, String[] parts) throws TokenRejectedException {
        byte[] signature = decode(parts[2], "signature");
        if (key.algorithm() == JwsAlgorithm.ES256 && signature.length != 64) {
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

    private static JsonNode json(String part, String what) throws TokenRejectedException {
        try {
            JsonNode node = JSON.readTree(decode(part, what));
            if (node == null || !node.isObject()) {
                throw new TokenRejectedException("the token's " + what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new TokenRejectedException("the token's " + what + " is not well-formed JSON");
        }
    }

    private static byte[] decode(String part, String what) throws TokenRejectedException {
        try {
            return JsonWebKeySet.fromBase64Url(part);
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException("the token's " + what + " is not base64url");
        }
    }
}
