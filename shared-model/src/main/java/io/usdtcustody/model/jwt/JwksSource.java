package io.usdtcustody.model.jwt;

/**
 * Where a verifier gets the issuer's keys. A token naming an unknown {@code kid} makes the verifier ask once for
 * {@link #refreshed()}, which is how a key rotation at the issuer is picked up; sources decide how often they
 * really fetch again, so made-up key ids cannot turn a verifier into a flood of requests to the issuer.
 */
public interface JwksSource {

    /** The keys as currently known. */
    JsonWebKeySet current();

    /** The keys after trying to fetch them again (a source may answer from its cache). */
    JsonWebKeySet refreshed();

    /** A fixed key set (an in-process issuer's, or one given in a test). */
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
