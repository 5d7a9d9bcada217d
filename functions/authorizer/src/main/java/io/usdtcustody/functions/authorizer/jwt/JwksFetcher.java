package io.usdtcustody.functions.authorizer.jwt;

import java.io.IOException;
import java.net.URI;

/** Fetches an issuer's JWKS document: the one network call of the authorizer, behind a port so tests need none. */
@FunctionalInterface
public interface JwksFetcher {

    /** The document's bytes; an {@link IOException} for anything but a complete 200 answer within the limits. */
    byte[] fetch(URI location) throws IOException;
}
