package io.usdtcustody.model.jwt;

import java.util.Objects;

/**
 * A bearer token that is not accepted, with a stable {@link Reason}. The message says why in general terms and
 * never repeats the token or its claims, so it is safe to log and to return to the caller.
 */
public final class TokenRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a token was refused; the names are stable (logs and metrics carry them). */
    public enum Reason {
        MALFORMED("the token is not a well-formed signed JWT"),
        TOO_LONG("the token is too long"),
        ALGORITHM_NOT_ACCEPTED("the token's algorithm is not accepted (ES256 or RS256 only)"),
        CRITICAL_HEADER("the token uses critical header extensions"),
        NO_KEY_ID("the token names no key (kid)"),
        UNKNOWN_KEY("the token's key is not one of the issuer's"),
        ALGORITHM_MISMATCH("the token's algorithm does not match its key"),
        BAD_SIGNATURE("the token's signature does not verify"),
        NO_EXPIRY("the token has no expiry (exp)"),
        EXPIRED("the token has expired"),
        NOT_YET_VALID("the token is not valid yet (nbf)"),
        ISSUED_IN_FUTURE("the token was issued in the future (iat)"),
        WRONG_ISSUER("the token is from another issuer"),
        WRONG_AUDIENCE("the token is for another audience"),
        WRONG_TOKEN_USE("the token is not of the accepted kind (token_use)");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public TokenRejectedException(Reason reason) {
        super(Objects.requireNonNull(reason, "reason").description(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
