package io.usdtcustody.localcloud.gateway.jwt;

/**
 * Where the verifier gets its keys: the local identity provider's own set, or an issuer's published JWKS. A
 * token with an unknown {@code kid} makes the verifier ask once for {@link #refreshed()}, which is how key
 * rotation at the issuer is picked up.
 */
public interface JwksSource {

    /** The keys as currently known. */
    JsonWebKeySet current();

    /** The keys after trying to fetch them again (sources may limit how often they really do). */
    JsonWebKeySet refreshed();

    /** A fixed key set (the local issuer's, or one given in a test). */
    static JwksSource fixed(JsonWebKeySet keys) {
        return new JwksSource() {
            @Override
            public JsonWebKeySet current() {
                return keys;
            }

            @Override
            public JsonWebKeySet refreshed() {
                return keys;
            }
        };
    }
}
