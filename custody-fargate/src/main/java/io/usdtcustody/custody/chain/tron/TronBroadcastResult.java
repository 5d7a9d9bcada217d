package io.usdtcustody.custody.chain.tron;

import java.util.Objects;

/**
 * What a TRON full node answered to a broadcast. {@code ALREADY_KNOWN} ({@code DUP_TRANSACTION_ERROR}) means
 * the same signed transaction is already in the node's pool or chain: a retried broadcast, as good as accepted,
 * since the txid is the idempotency key. {@code code} and {@code message} are the node's, for logs and
 * operators; {@code message} is decoded from the hex the node sends with {@code visible=false}.
 */
public record TronBroadcastResult(Outcome outcome, String txid, String code, String message) {

    /** How the broadcast ended. */
    public enum Outcome { ACCEPTED, ALREADY_KNOWN, REJECTED }

    public TronBroadcastResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(txid, "txid");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Whether the network has (or already had) the transaction. */
    public boolean inNetwork() {
        return outcome != Outcome.REJECTED;
    }
}
