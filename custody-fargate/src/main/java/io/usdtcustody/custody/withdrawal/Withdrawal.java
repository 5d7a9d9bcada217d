package io.usdtcustody.custody.withdrawal;

import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A withdrawal as persisted. {@code version} increases with every write (optimistic locking); {@code reason}
 * is a stable code: why it was held for approval (kept afterwards as history) or why it was REJECTED,
 * CANCELLED or FAILED; {@code txHash} is known from SIGNED on;
 * {@code holdPlaced} says the customer's funds were moved to the hold account; {@code ledgerSettled} says the
 * terminal state's ledger effect (release or settle) was applied.
 */
public record Withdrawal(UUID id, TenantId tenant, WithdrawalRequest request, WithdrawalState state, long version,
                         Instant createdAt, Instant updatedAt, String reason, String txHash, boolean holdPlaced,
                         boolean ledgerSettled) {
    public Withdrawal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Withdrawal requested(UUID id, TenantId tenant, WithdrawalRequest request, Instant now) {
        return new Withdrawal(id, tenant, request, WithdrawalState.REQUESTED, 0, now, now, null, null, false, false);
    }

    /** The next version in {@code target}; fails on a transition the lifecycle does not allow. */
    public Withdrawal moveTo(WithdrawalState target, Instant now, String newReason, String newTxHash) {
        return moveTo(target, now, newReason, newTxHash, holdPlaced);
    }

    /** As {@link #moveTo(WithdrawalState, Instant, String, String)}, recording whether the hold is placed. */
    public Withdrawal moveTo(WithdrawalState target, Instant now, String newReason, String newTxHash, boolean hold) {
        if (!state.canMoveTo(target)) {
            throw new IllegalStateException("a withdrawal cannot go from " + state + " to " + target);
        }
        boolean ledgerEffectPending = target == WithdrawalState.CONFIRMED || target.releasesHold() && hold;
        return new Withdrawal(id, tenant, request, target, version + 1, createdAt, now,
                newReason == null ? reason : newReason, newTxHash == null ? txHash : newTxHash, hold,
                target.terminal() && !ledgerEffectPending);
    }

    public Withdrawal withLedgerSettled(Instant now) {
        return new Withdrawal(id, tenant, request, state, version + 1, createdAt, now, reason, txHash, holdPlaced, true);
    }

    /** Ledger transfer ids derived from the withdrawal: each ledger effect happens once, whatever retries. */
    public UUID holdTransferId() {
        return derived("hold");
    }

    public UUID releaseTransferId() {
        return derived("release");
    }

    public UUID settleTransferId() {
        return derived("settle");
    }

    private UUID derived(String step) {
        return UUID.nameUUIDFromBytes(("withdrawal:" + id + ":" + step).getBytes(StandardCharsets.UTF_8));
    }
}
