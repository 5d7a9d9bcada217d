package io.usdtcustody.custody.chain.ethereum.sending;

import java.util.Locale;

/**
 * Crash injection for the crash tests: when {@code CUSTODY_FAILPOINT} names a point, the process halts there
 * with exit code 137 — no shutdown hooks, no flushing, exactly like {@code kill -9}. Unset (always, outside
 * those tests; no deployment sets it) it does nothing.
 */
public enum Failpoint {
    /** A withdrawal's transaction is signed and stored at its nonce; the withdrawal is not yet marked SIGNED. */
    SIGNED_NOT_RECORDED,
    /** The transaction is signed and stored, nothing was sent. */
    AFTER_SIGN,
    /** The transaction was sent to the node, its broadcast not yet recorded. */
    AFTER_BROADCAST,
    /** A sweep's gas top-up is confirmed and recorded; the sweep transaction is not signed yet. */
    AFTER_TOP_UP;

    private static final String ARMED = System.getenv().getOrDefault("CUSTODY_FAILPOINT", "");

    public void hit() {
        if (name().equals(ARMED.toUpperCase(Locale.ROOT).replace('-', '_'))) {
            Runtime.getRuntime().halt(137);
        }
    }
}
