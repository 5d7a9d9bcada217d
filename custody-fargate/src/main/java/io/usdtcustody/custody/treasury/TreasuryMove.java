package io.usdtcustody.custody.treasury;

import io.usdtcustody.model.money.Amount;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A movement of the platform's own funds between its hot and cold wallets on one chain. Hot → cold sweeps the
 * hot wallet's excess and needs nobody (the destination is our own cold address, fixed by configuration);
 * cold → hot replenishment needs M distinct approvals and then waits out a delay during which an operator can
 * still cancel it — the window in which a compromised approver set is noticed. {@code version} increases with
 * every write (optimistic locking).
 */
public record TreasuryMove(UUID id, Direction direction, Amount amount, String from, String to, State state,
                           String initiatedBy, int requiredApprovals, Instant createdAt, Instant releaseAt,
                           String txHash, String reason, long version) {

    /** Which way the funds go. */
    public enum Direction { HOT_TO_COLD, COLD_TO_HOT }

    /** The move's lifecycle; each change is one conditional write. */
    public enum State {
        PENDING_APPROVAL, APPROVED, SIGNED, BROADCAST, CONFIRMED, CANCELLED, FAILED;

        public boolean terminal() {
            return this == CONFIRMED || this == CANCELLED || this == FAILED;
        }
    }

    public TreasuryMove {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(initiatedBy, "initiatedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (amount.minorUnits() <= 0 || requiredApprovals < 0 || version < 0) {
            throw new IllegalArgumentException("a positive amount; approvals and version not negative");
        }
        if (state == State.APPROVED && releaseAt == null) {
            throw new IllegalArgumentException("an approved move knows when it may be sent");
        }
    }

    /** The same move one step on. */
    TreasuryMove moveTo(State next, Instant newReleaseAt, String newTxHash, String newReason) {
        return new TreasuryMove(id, direction, amount, from, to, next, initiatedBy, requiredApprovals, createdAt,
                newReleaseAt == null ? releaseAt : newReleaseAt, newTxHash == null ? txHash : newTxHash,
                newReason == null ? reason : newReason, version + 1);
    }

    /** Ledger transfer id of the move's booking: derived, so the booking happens once whatever retries. */
    public UUID ledgerTransferId() {
        return UUID.nameUUIDFromBytes(("treasury:" + id).getBytes(StandardCharsets.UTF_8));
    }
}
