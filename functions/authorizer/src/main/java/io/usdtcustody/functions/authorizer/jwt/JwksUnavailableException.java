package io.usdtcustody.functions.authorizer.jwt;

/**
 * The issuer's keys could not be had (never fetched, or the cache is stale and the issuer does not answer). The
 * authorizer then fails the invocation rather than refuse every token, so API Gateway answers 500 without caching
 * a verdict, and the next request tries again.
 */
public final class JwksUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JwksUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
