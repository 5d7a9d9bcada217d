package io.usdtcustody.model.jwt;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a token must claim to be accepted, besides a valid signature: the exact {@code iss}, an {@code aud} among
 * {@code audiences}, optionally a {@code token_use} (Cognito marks ID tokens {@code id} and access tokens
 * {@code access}), and the clock skew allowed on {@code exp}, {@code nbf} and {@code iat} (at most five minutes).
 */
public record TokenRequirements(String issuer, Set<String> audiences, Optional<String> tokenUse, Duration skew) {
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    public TokenRequirements {
        Objects.requireNonNull(issuer, "issuer");
        audiences = Set.copyOf(audiences);
        Objects.requireNonNull(tokenUse, "tokenUse");
        Objects.requireNonNull(skew, "skew");
        if (issuer.isBlank() || audiences.isEmpty() || audiences.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("an issuer and at least one audience, none blank");
        }
        if (skew.isNegative() || skew.compareTo(MAX_SKEW) > 0) {
            throw new IllegalArgumentException("a skew of 0-5 minutes");
        }
    }

    /** Cognito ID tokens of one user pool and app client: {@code token_use} must be {@code id}. */
    public static TokenRequirements cognitoIdToken(String issuer, String clientId, Duration skew) {
        return new TokenRequirements(issuer, Set.of(clientId), Optional.of("id"), skew);
    }
}
