package io.usdtcustody.localcloud.gateway.jwt;

/**
 * A bearer token the gateway does not accept. The message says why in general terms (expired, wrong audience,
 * bad signature) and never repeats the token or its claims, so it is safe to log and to return.
 */
public final class TokenRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public TokenRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
