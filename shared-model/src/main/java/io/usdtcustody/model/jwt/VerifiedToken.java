package io.usdtcustody.model.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/** A token whose signature, issuer, audience, kind and validity period were checked: its algorithm, key and claims. */
public record VerifiedToken(JwsAlgorithm algorithm, String kid, JsonNode claims) {
    public VerifiedToken {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(kid, "kid");
        claims = Objects.requireNonNull(claims, "claims").deepCopy();
    }

    /** A claim that is a JSON string, if present. */
    public Optional<String> stringClaim(String name) {
        JsonNode value = claims.get(name);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    public Optional<String> subject() {
        return stringClaim("sub");
    }

    @Override
    public JsonNode claims() {
        return claims.deepCopy();
    }
}
