package io.usdtcustody.matching.engine.state;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A deterministic fingerprint of the whole engine state: SHA-256 over its canonical snapshot. Two engines that
 * processed the same commands have the same hash; replaying a journal onto a snapshot must reproduce it.
 */
public final class StateHash {
    private StateHash() {
    }

    /** Lower-case hex SHA-256 of the state's snapshot bytes. */
    public static String of(EngineState state) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(EngineSnapshot.write(state));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
