package io.usdtcustody.custody.withdrawal;

import static io.usdtcustody.custody.withdrawal.WithdrawalState.APPROVED;
import static io.usdtcustody.custody.withdrawal.WithdrawalState.BROADCAST;
import static io.usdtcustody.custody.withdrawal.WithdrawalState.CANCELLED;
import static io.usdtcustody.custody.withdrawal.WithdrawalState.CONFIRMED;
import static io.usdtcustody.custody.withdrawal.WithdrawalState.FAILED;
import static io.usdtcustody.custody.withdrawal.WithdrawalState.PENDING_APPROVAL;
import static io.usdtcustody.custody.withdrawal.WithdrawalState.REJECTED;
import static io.usdtcustody.custody.withdrawal.WithdrawalState.REQUESTED;
import static io.usdtcustody.custody.withdrawal.WithdrawalState.SIGNED;

import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.custody.withdrawal.port.WithdrawalPolicy;
import io.usdtcustody.custody.withdrawal.port.WithdrawalStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.ids.IdGenerator;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The withdrawal lifecycle. Every step is idempotent and every state change is a conditional write, so a
 * step that crashes half-way is simply run again: ledger effects use transfer ids derived from the withdrawal
 * (a repeat is a replay), and a state is written only over the version it was computed from. The state is
 * always written <em>before</em> its ledger effect, so funds are never released for a withdrawal that a
 * concurrent approval moved on; {@link #recover} finishes effects a crash left pending.
 */
public final class WithdrawalService {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final int MAX_STEPS = 16;

    private final WithdrawalStore store;
    private final Ledger ledger;
    private final WithdrawalPolicy policy;
    private final WithdrawalEvents events;
    private final IdGenerator ids;
    private final Clock clock;

    public WithdrawalService(WithdrawalStore store, Ledger ledger, WithdrawalPolicy policy, WithdrawalEvents events,
                             IdGenerator ids, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.policy = policy;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Creates the withdrawal once per (tenant, idempotency key) and drives it as far as it goes on its own: hold,
     * then policy. The same key with the same payload returns the same withdrawal; with another payload, a 409.
     */
    public Requested request(TenantId tenant, String idempotencyKey, WithdrawalRequest request) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED,
                    "Idempotency-Key must be 1-128 characters of letters, digits and . _ : -");
        }
        Withdrawal candidate = Withdrawal.requested(ids.nextId(), tenant, request, clock.instant());
        WithdrawalStore.Created created = store.create(candidate, idempotencyKey, events.stateChanged(candidate, null));
        if (created.existed() && !created.samePayload()) {
            throw new PlatformException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was already used for a different withdrawal request");
        }
        return new Requested(drive(created.withdrawal()), created.existed());
    }

    /** The outcome of {@link #request}: the withdrawal as far as it got, and whether an earlier request made it. */
    public record Requested(Withdrawal withdrawal, boolean replayed) {
    }

    public Optional<Withdrawal> find(TenantId tenant, UUID id) {
        return store.find(tenant, id);
    }

    /** Cancels a withdrawal that has not been signed yet; cancelling a cancelled one again is a no-op. */
    public Withdrawal cancel(TenantId tenant, UUID id) {
        return change(tenant, id, w -> {
            if (w.state() == CANCELLED) {
                return w;
            }
            if (!w.state().canMoveTo(CANCELLED)) {
                throw new PlatformException(ErrorCode.CONFLICT, "a withdrawal in state " + w.state() + " cannot be cancelled");
            }
            return w.moveTo(CANCELLED, clock.instant(), WithdrawalReasons.CANCELLED_BY_CUSTOMER, null);
        });
    }

    /** Records that the approvals the policy asked for are complete. */
    public Withdrawal approve(TenantId tenant, UUID id) {
        return change(tenant, id, w -> w.state() == APPROVED ? w : checked(w, APPROVED, null, null));
    }

    /** The signer produced a transaction with this hash. */
    public Withdrawal markSigned(TenantId tenant, UUID id, String txHash) {
        return change(tenant, id, w -> w.state() == SIGNED ? w : checked(w, SIGNED, null, txHash));
    }

    public Withdrawal markBroadcast(TenantId tenant, UUID id) {
        return change(tenant, id, w -> w.state() == BROADCAST ? w : checked(w, BROADCAST, null, null));
    }

    /**
     * Enough confirmations: the held funds leave for the chain (hold → hot wallet mirror). {@code minedTxHash} is
     * the transaction that was mined, which after a fee replacement is not the one first signed.
     */
    public Withdrawal markConfirmed(TenantId tenant, UUID id, String minedTxHash) {
        return change(tenant, id, w -> w.state() == CONFIRMED ? w : checked(w, CONFIRMED, null, minedTxHash));
    }

    public Withdrawal markFailed(TenantId tenant, UUID id, String reasonCode) {
        return change(tenant, id, w -> w.state() == FAILED ? w : checked(w, FAILED, reasonCode, null));
    }

    /** Drives stuck withdrawals on: REQUESTED ones (crash before the hold) and unsettled terminal ones. */
    public int recover(int limit) {
        int driven = 0;
        for (WithdrawalState state : new WithdrawalState[] {REQUESTED, REJECTED, CANCELLED, FAILED, CONFIRMED}) {
            for (Withdrawal w : store.inState(state, limit)) {
                if (state == REQUESTED || !w.ledgerSettled()) {
                    drive(w);
                    driven++;
                }
            }
        }
        return driven;
    }

    private Withdrawal checked(Withdrawal w, WithdrawalState target, String reason, String txHash) {
        if (!w.state().canMoveTo(target)) {
            throw new PlatformException(ErrorCode.CONFLICT, "a withdrawal in state " + w.state()
                    + " cannot become " + target);
        }
        return w.moveTo(target, clock.instant(), reason, txHash);
    }

    /** Applies {@code step} to the latest version until it sticks, then drives the result on. */
    private Withdrawal change(TenantId tenant, UUID id, UnaryOperator<Withdrawal> step) {
        for (int attempt = 0; attempt < MAX_STEPS; attempt++) {
            Withdrawal current = store.find(tenant, id)
                    .orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND, "no such withdrawal: " + id));
            Withdrawal next = step.apply(current);
            if (next == current || store.transition(current, next, Optional.of(events.stateChanged(next, current.state())))) {
                return drive(next);
            }
        }
        throw new PlatformException(ErrorCode.UNAVAILABLE, "the withdrawal is changing too often; retry");
    }

    /** Moves a withdrawal through every step that needs nobody else; returns where it stopped. */
    Withdrawal drive(Withdrawal start) {
        Withdrawal w = start;
        for (int step = 0; step < MAX_STEPS; step++) {
            Withdrawal next;
            if (w.state() == REQUESTED) {
                next = afterHold(w);
            } else if (w.state().terminal() && !w.ledgerSettled()) {
                applyLedgerEffect(w);
                next = w.withLedgerSettled(clock.instant());
            } else {
                return w;
            }
            Optional<io.usdtcustody.custody.events.OutboxEvent> event = next.state() == w.state()
                    ? Optional.empty() : Optional.of(events.stateChanged(next, w.state()));
            if (store.transition(w, next, event)) {
                w = next;
            } else {
                UUID id = w.id();
                w = store.find(w.tenant(), id).orElseThrow(() -> new IllegalStateException("withdrawal vanished: " + id));
            }
        }
        return w;
    }

    private Withdrawal afterHold(Withdrawal w) {
        var request = w.request();
        AccountId funding = AccountId.customer(w.tenant(), request.customerId(), request.amount().asset(), AccountPurpose.FUNDING);
        AccountId hold = holdAccount(w);
        try {
            ledger.open(hold);
            ledger.transfer(w.tenant(), new TransferRequest(w.holdTransferId(), funding, hold, request.amount(),
                    TransferKind.WITHDRAWAL_HOLD, "withdrawal:" + w.id()));
        } catch (PlatformException e) {
            if (e.errorCode() == ErrorCode.INSUFFICIENT_FUNDS || e.errorCode() == ErrorCode.NOT_FOUND) {
                return w.moveTo(REJECTED, clock.instant(), WithdrawalReasons.INSUFFICIENT_FUNDS, null, false);
            }
            throw e;
        }
        PolicyDecision decision = policy.evaluate(w);
        return switch (decision.outcome()) {
            case APPROVE -> w.moveTo(APPROVED, clock.instant(), null, null, true);
            // the reason says why it is held (approval threshold, Travel Rule data, ...)
            case REQUIRE_APPROVAL -> w.moveTo(PENDING_APPROVAL, clock.instant(), decision.reasonCode(), null, true);
            case REJECT -> w.moveTo(REJECTED, clock.instant(), decision.reasonCode(), null, true);
        };
    }

    private void applyLedgerEffect(Withdrawal w) {
        var request = w.request();
        AccountId hold = holdAccount(w);
        if (w.state() == CONFIRMED) {
            AccountId hot = AccountId.platform(w.tenant(), request.amount().asset(), AccountPurpose.HOT_WALLET);
            ledger.open(hot);
            ledger.transfer(w.tenant(), new TransferRequest(w.settleTransferId(), hold, hot, request.amount(),
                    TransferKind.WITHDRAWAL_SETTLE, "withdrawal:" + w.id()));
        } else if (w.state().releasesHold() && w.holdPlaced()) {
            AccountId funding = AccountId.customer(w.tenant(), request.customerId(), request.amount().asset(), AccountPurpose.FUNDING);
            ledger.transfer(w.tenant(), new TransferRequest(w.releaseTransferId(), hold, funding, request.amount(),
                    TransferKind.WITHDRAWAL_RELEASE, "withdrawal:" + w.id()));
        }
    }

    private static AccountId holdAccount(Withdrawal w) {
        return AccountId.customer(w.tenant(), w.request().customerId(), w.request().amount().asset(),
                AccountPurpose.WITHDRAWAL_HOLD);
    }
}
