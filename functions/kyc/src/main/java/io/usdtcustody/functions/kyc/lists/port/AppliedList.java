package io.usdtcustody.functions.kyc.lists.port;

import java.util.Optional;

/**
 * The list version every verified customer was last re-screened against: what the next update is compared with.
 * Absent until the first update, when the copy shipped in the jar is what customers were screened against.
 */
public interface AppliedList {

    /** The location (its canonical text) of the version last applied. */
    Optional<String> applied();

    /** Records {@code location} as applied, after a completed re-screening against it. */
    void record(String location);
}
