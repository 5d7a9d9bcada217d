package io.usdtcustody.custody.sweep;

/**
 * Where a deposit sweep stands. Each step is idempotent and every transition is a conditional write, so after a
 * crash the next pass continues from the stored state: a top-up and the sweep transaction each have one nonce
 * record keyed by the sweep, so neither is ever sent twice.
 */
public enum SweepState {
    /** Recorded with the amount to sweep; gas not checked yet. */
    NEW,
    /** The gas station is sending the address ether for gas (top-up round {@code topUpRound}). */
    TOPPING_UP,
    /** The address holds enough ether to pay for the sweep transaction. */
    FUNDED,
    /** The ERC-20 transfer to the hot wallet is signed with the deposit key and stored, not yet sent. */
    SIGNED,
    /** The transfer is with the node; waiting for confirmations. */
    BROADCAST,
    /** Mined with enough confirmations; the ledger booking and the release of the address follow. */
    CONFIRMED,
    /** Booked in the ledger (hot wallet mirror debited, chain mirror credited). Done. */
    BOOKED,
    /** Stopped for a person: reverted on chain, out of top-ups, or an amount the ledger cannot hold. */
    FAILED;

    public boolean terminal() {
        return this == BOOKED || this == FAILED;
    }
}
