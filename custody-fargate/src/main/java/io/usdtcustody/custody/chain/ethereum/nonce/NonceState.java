package io.usdtcustody.custody.chain.ethereum.nonce;

/**
 * Where the transaction at one nonce of a hot address stands. The path is ASSIGNED → SIGNED → BROADCAST → MINED
 * and never goes back. GAP is a side state: the withdrawal gave the nonce up (cancelled or failed before it was
 * broadcast) while later nonces were already taken, so a filler must be mined at it (GAP → SIGNED → … again).
 */
public enum NonceState {
    /** Taken by a withdrawal; nothing signed yet, so nothing can have been broadcast. */
    ASSIGNED,
    /** Released by its withdrawal below the highest nonce: the nonce needs a filler transaction. */
    GAP,
    /** A transaction is signed and persisted; it may be broadcast (and may already be, if a crash hid it). */
    SIGNED,
    /** Sent to the network; replaced (same nonce, higher fees) if it stays unmined too long. */
    BROADCAST,
    /** One of the nonce's transactions is in a block. Final. */
    MINED
}
