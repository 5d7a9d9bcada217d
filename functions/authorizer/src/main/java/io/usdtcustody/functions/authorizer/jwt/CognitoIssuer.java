package io.usdtcustody.functions.authorizer.jwt;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cognito user pool's token issuer, {@code https://cognito-idp.<region>.amazonaws.com/<region>_<id>}, in the
 * function's own region. Only such URLs are accepted, so whatever a stage variable says, the authorizer fetches
 * keys from Cognito over TLS and nowhere else; its keys are at {@code <issuer>/.well-known/jwks.json}.
 */
public record CognitoIssuer(String url, String region, String userPoolId) {
    private static final Pattern FORMAT = Pattern.compile(
            "https://cognito-idp\\.([a-z]{2}(?:-[a-z]+)+-[0-9])\\.amazonaws\\.com/(([a-z]{2}(?:-[a-z]+)+-[0-9])_[A-Za-z0-9]{1,55})");

    public CognitoIssuer {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(userPoolId, "userPoolId");
    }

    /** The issuer if {@code url} is a user pool of {@code region}; empty for anything else. */
    public static Optional<CognitoIssuer> of(String url, String region) {
        if (url == null || region == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(url);
        if (!matcher.matches() || !matcher.group(1).equals(region) || !matcher.group(3).equals(region)) {
            return Optional.empty();
        }
        return Optional.of(new CognitoIssuer(url, region, matcher.group(2)));
    }

    /** Where the pool publishes its signing keys. */
    public URI jwks() {
        return URI.create(url + "/.well-known/jwks.json");
    }
}
