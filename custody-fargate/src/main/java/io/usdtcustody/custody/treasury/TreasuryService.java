package io.usdtcustody.custody.treasury;

import io.usdtcustody.custody.approval.Approval;
import io.usdtcustody.custody.approval.Approver;
import io.usdtcustody.custody.approval.P256;
import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.custody.approval.port.ApproverRegistry;
import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.treasury.TreasuryMove.Direction;
import io.usdtcustody.custody.treasury.TreasuryMove.State;
import io.usdtcustody.custody.treasury.port.TreasuryMoves;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.ids.IdGenerator;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The hot/cold rules for one asset: the hot wallet holds at most {@code hotMax}; above it, the excess down to
 * {@code hotTarget} is swept to cold without anyone's approval. Cold → hot replenishment is requested by an
 * operator, needs {@code replenishApprovals} distinct approvers (never its initiator), each signing the
 * {@link TreasuryMessage} with their registered P-256 key, and then waits {@code replenishDelay} during which it
 * can still be cancelled. Approvers and approvals are the platform operators' own, under the
 * {@link #OPERATORS} tenant. Every request, approval, refusal and cancellation is audited.
 */
public final class TreasuryService {
    /** The tenant under which platform operators (not customers' tenants) register and act. */
    public static final TenantId OPERATORS = TenantId.PLATFORM;

    /** Limits and addresses; amounts in the asset's minor units. */
    public record Settings(Asset asset, String hotAddress, String coldAddress, long hotMaxMinor, long hotTargetMinor,
                           int replenishApprovals, Duration replenishDelay) {
        public Settings {
            if (hotTargetMinor < 0 || hotTargetMinor > hotMaxMinor || replenishApprovals < 1 || replenishDelay.isNegative()) {
                throw new IllegalArgumentException("0 <= target <= max, at least one approval, a delay not negative");
            }
        }
    }

    private static final int MAX_STEPS = 8;

    private final Settings settings;
    private final TreasuryMoves moves;
    private final ApprovalStore approvals;
    private final ApproverRegistry approvers;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;

    public TreasuryService(Settings settings, TreasuryMoves moves, ApprovalStore approvals, ApproverRegistry approvers,
                           AuditLog audit, IdGenerator ids, Clock clock) {
        this.settings = settings;
        this.moves = moves;
        this.approvals = approvals;
        this.approvers = approvers;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Sweeps the excess when the hot wallet holds more than its maximum and no sweep is under way; the new move
     * is approved at once (its destination is our own cold wallet).
     */
    public Optional<TreasuryMove> sweepExcess(Amount hotBalance) {
        if (hotBalance.minorUnits() <= settings.hotMaxMinor() || !open(Direction.HOT_TO_COLD).isEmpty()) {
            return Optional.empty();
        }
        Amount excess = Amount.of(hotBalance.minorUnits() - settings.hotTargetMinor(), settings.asset());
        TreasuryMove move = moves.createOnce(new TreasuryMove(ids.nextId(), Direction.HOT_TO_COLD, excess,
                settings.hotAddress(), settings.coldAddress(), State.APPROVED, "system", 0, clock.instant(),
                clock.instant(), null, null, 0));
        audit.append(new AuditRecord("treasury.sweep", OPERATORS.value(), move.id().toString(),
                Map.of("amountMinor", Long.toString(excess.minorUnits()), "to", move.to())));
        return Optional.of(move);
    }

    /** Asks for cold → hot; the same key again returns the same move, with another payload it is a 409. */
    public TreasuryMove requestReplenishment(String idempotencyKey, String initiatedBy, Amount amount) {
        List<FieldError> errors = new ArrayList<>();
        if (initiatedBy == null || !Approver.ID.matcher(initiatedBy).matches()) {
            errors.add(new FieldError("initiatedBy", "must be 1-64 letters, digits, '_' or '-'"));
        }
        if (amount == null || amount.minorUnits() <= 0 || !amount.asset().equals(settings.asset())) {
            errors.add(new FieldError("amount", "must be a positive amount of " + settings.asset()));
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            errors.add(new FieldError("Idempotency-Key", "is required (1-200 characters)"));
        }
        if (!errors.isEmpty()) {
            throw PlatformException.validation("the replenishment request is not valid", errors);
        }
        UUID id = UUID.nameUUIDFromBytes(("replenish:" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        TreasuryMove move = moves.createOnce(new TreasuryMove(id, Direction.COLD_TO_HOT, amount,
                settings.coldAddress(), settings.hotAddress(), State.PENDING_APPROVAL, initiatedBy,
                settings.replenishApprovals(), clock.instant(), null, null, null, 0));
        if (!move.initiatedBy().equals(initiatedBy) || !move.amount().equals(amount)) {
            throw new PlatformException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used for another replenishment");
        }
        if (move.version() == 0 && move.state() == State.PENDING_APPROVAL) {
            audit.append(new AuditRecord("treasury.replenishment.requested", OPERATORS.value(), id.toString(),
                    Map.of("initiatedBy", initiatedBy, "amountMinor", Long.toString(amount.minorUnits()),
                            "requiredApprovals", Integer.toString(settings.replenishApprovals()))));
        }
        return move;
    }

    /** One operator's signed approval; the M-th moves the replenishment to APPROVED with its release time. */
    public TreasuryMove approve(UUID id, String approverId, byte[] signature) {
        TreasuryMove move = find(id);
        if (approverId == null || !Approver.ID.matcher(approverId).matches()) {
            throw PlatformException.validation("the approval is not valid",
                    List.of(new FieldError("approverId", "must be 1-64 letters, digits, '_' or '-'")));
        }
        if (approverId.equals(move.initiatedBy())) {
            throw refused(move, approverId, "SELF_APPROVAL", "the initiator of a replenishment cannot approve it");
        }
        Approver approver = approvers.find(OPERATORS, approverId).orElseThrow(() -> refused(move, approverId,
                "UNKNOWN_APPROVER", "the approval signature does not verify"));
        if (signature == null || !P256.verify(approver.key(), TreasuryMessage.bytes(move), signature)) {
            throw refused(move, approverId, "BAD_SIGNATURE", "the approval signature does not verify");
        }
        Approval approval = new Approval(approverId, Base64.getEncoder().encodeToString(signature), clock.instant());
        if (move.state() != State.PENDING_APPROVAL) {
            throw new PlatformException(ErrorCode.CONFLICT, "the move is " + move.state() + ", not awaiting approvals");
        }
        ApprovalStore.Recorded recorded = approvals.record(OPERATORS, id, approval);
        if (recorded == ApprovalStore.Recorded.DUPLICATE_APPROVER) {
            throw new PlatformException(ErrorCode.CONFLICT, "this approver has already approved the move");
        }
        int count = approvals.approvals(OPERATORS, id).size();
        if (recorded == ApprovalStore.Recorded.NEW) {
            audit.append(new AuditRecord("treasury.approval.recorded", OPERATORS.value(), id.toString(),
                    Map.of("approverId", approverId, "approvals", Integer.toString(count),
                            "requiredApprovals", Integer.toString(move.requiredApprovals()))));
        }
        if (count < move.requiredApprovals()) {
            return move;
        }
        return change(id, m -> m.state() != State.PENDING_APPROVAL ? m
                : m.moveTo(State.APPROVED, clock.instant().plus(settings.replenishDelay()), null, null));
    }

    /** The approvals recorded for a move. */
    public List<Approval> approvals(UUID id) {
        return approvals.approvals(OPERATORS, id);
    }

    /** An operator stops a move that has not been signed yet (during the delay, typically). */
    public TreasuryMove cancel(UUID id, String by) {
        TreasuryMove cancelled = change(id, m -> {
            if (m.state() == State.CANCELLED) {
                return m;
            }
            if (m.state() != State.PENDING_APPROVAL && m.state() != State.APPROVED) {
                throw new PlatformException(ErrorCode.CONFLICT, "a move in state " + m.state() + " cannot be cancelled");
            }
            return m.moveTo(State.CANCELLED, null, null, "CANCELLED_BY_OPERATOR");
        });
        audit.append(new AuditRecord("treasury.cancelled", OPERATORS.value(), id.toString(),
                Map.of("by", by == null ? "unknown" : by)));
        return cancelled;
    }

    public TreasuryMove find(UUID id) {
        return moves.find(id).orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND, "no such treasury move"));
    }

    /** Moves not finished yet, in one direction. */
    public List<TreasuryMove> open(Direction direction) {
        List<TreasuryMove> open = new ArrayList<>();
        for (State state : new State[] {State.PENDING_APPROVAL, State.APPROVED, State.SIGNED, State.BROADCAST}) {
            moves.inState(state, 100).stream().filter(m -> m.direction() == direction).forEach(open::add);
        }
        return open;
    }

    /** Applies {@code step} to the latest version until it sticks. */
    TreasuryMove change(UUID id, UnaryOperator<TreasuryMove> step) {
        for (int attempt = 0; attempt < MAX_STEPS; attempt++) {
            TreasuryMove current = find(id);
            TreasuryMove next = step.apply(current);
            if (next == current || moves.transition(current, next)) {
                return next;
            }
        }
        throw new PlatformException(ErrorCode.UNAVAILABLE, "the treasury move is changing too often; retry");
    }

    private PlatformException refused(TreasuryMove move, String approverId, String reason, String detail) {
        audit.append(new AuditRecord("treasury.approval.refused", OPERATORS.value(), move.id().toString(),
                Map.of("approverId", approverId, "reason", reason)));
        return new PlatformException(ErrorCode.FORBIDDEN, detail);
    }
}
