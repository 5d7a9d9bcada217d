package io.usdtcustody.localcloud.gateway.auth;

import io.usdtcustody.model.errors.ErrorCode;
import java.util.Objects;

/** The outcome of checking a request's credentials: who the caller is, or why the request is refused. */
public sealed interface Authentication permits Authentication.Authenticated, Authentication.Refused {

    /** The credentials hold; {@code caller} says who this is. */
    record Authenticated(Caller caller) implements Authentication {
        public Authenticated {
            Objects.requireNonNull(caller, "caller");
        }
    }

    /**
     * Refused with a problem code (401 or 403) and a caller-facing detail; {@code bearerChallenge} asks for a
     * {@code WWW-Authenticate: Bearer} header (token missing or invalid).
     */
    record Refused(ErrorCode code, String detail, boolean bearerChallenge) implements Authentication {
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
