package io.usdtcustody.custody.deposit.travelrule;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.deposit.DepositBooking;
import io.usdtcustody.custody.deposit.TokenTransfer;
import io.usdtcustody.custody.deposit.port.DepositHolds;
import io.usdtcustody.custody.deposit.travelrule.HeldDeposit.State;
import io.usdtcustody.custody.deposit.travelrule.port.HeldDepositStore;
import io.usdtcustody.custody.deposit.travelrule.port.ReceivedTravelRuleStore;
import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.model.travelrule.DepositHeld;
import io.usdtcustody.model.travelrule.DepositHoldEvents;
import io.usdtcustody.model.travelrule.DepositHoldRejected;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds incoming deposits the Travel Rule does not let through, and releases them exactly once.
 *
 * <p>The watcher asks {@link #holdIfRequired} for every confirmed, unsanctioned deposit: with the data received so
 * far, {@link DepositTravelRule} decides; a hold is booked to suspense in the ledger first (the ledger makes it
 * once) and then recorded as a {@link HeldDeposit}. When data arrives ({@link #received}) or a hold has just been
 * recorded, the deposit is decided again: complete data from a known VASP releases it; otherwise it stays held,
 * with the new reason if it changed. Both sides look after writing, so data that arrives while the watcher is
 * holding is never missed. An operator may release or reject a held deposit, with a note; every resolution is
 * audited. A release books {@code SUSPENSE → FUNDING} under an id derived from the deposit's, so it credits once
 * however often it is retried (after a crash, by the watcher, the data and the operator at once).
 *
 * <p>Logs carry ids and reason codes only; IVMS101 data never leaves the store.
 */
public final class TravelRuleHolds implements DepositHolds {
    private static final Logger LOG = LoggerFactory.getLogger(TravelRuleHolds.class);
    /** Who releases a deposit when complete data arrived (in the audit log and the deposit's view). */
    public static final String RELEASED_BY_DATA = "travel-rule-data";

    private final DepositTravelRule rule;
    private final ReceivedTravelRuleStore received;
    private final HeldDepositStore holds;
    private final DepositBooking booking;
    private final AuditLog audit;
    private final Clock clock;
    private final Runnable afterReleaseBooked;

    public TravelRuleHolds(DepositTravelRule rule, ReceivedTravelRuleStore received, HeldDepositStore holds,
                           DepositBooking booking, AuditLog audit, Clock clock) {
        this(rule, received, holds, booking, audit, clock, () -> { });
    }

    /**
     * As above; {@code afterReleaseBooked} runs between a release's ledger posting and its record (the crash
     * tests halt the process there).
     */
    public TravelRuleHolds(DepositTravelRule rule, ReceivedTravelRuleStore received, HeldDepositStore holds,
                           DepositBooking booking, AuditLog audit, Clock clock, Runnable afterReleaseBooked) {
        this.afterReleaseBooked = afterReleaseBooked;
        this.rule = rule;
        this.received = received;
        this.holds = holds;
        this.booking = booking;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<DepositBooking.Outcome> holdIfRequired(DepositAddress owner, TokenTransfer transfer,
                                                           int confirmations) {
        Amount amount;
        try {
            amount = Amount.fromOnChain(transfer.value(), Asset.USDT_ETHEREUM);
        } catch (IllegalArgumentException tooLarge) {
            return Optional.empty(); // unbookable either way; the booking reports it
        }
        Optional<HeldDeposit> existing = holds.find(owner.tenant(), Chain.ETHEREUM, transfer.txHash(),
                transfer.logIndex());
        if (existing.isPresent()) {
            reconsider(existing.get());
            return Optional.of(DepositBooking.Outcome.ALREADY_BOOKED);
        }
        var depositId = DepositBooking.transferId(Chain.ETHEREUM, transfer);
        Optional<ReceivedTravelRule> data = dataFor(owner.tenant(), transfer.txHash(), transfer.logIndex(),
                owner.address());
        DepositTravelRule.Verdict verdict = rule.decide(depositId, amount, owner.address(), data);
        String reason = verdict.reasonCode();
        String detail = verdict.detail();
        if (!verdict.holds()) {
            // the data may have come after an earlier run held the deposit and died before recording the hold:
            // then the hold is recorded now, and released just below, rather than left in suspense unseen
            if (data.isEmpty() || !booking.heldInSuspense(owner, transfer)) {
                return Optional.empty();
            }
            reason = PolicyReasons.TRAVEL_RULE_DATA_REQUIRED;
            detail = "held before its Travel Rule data arrived";
        }
        DepositBooking.Booked booked = booking.hold(owner, transfer, reason);
        if (booked.asRequested()) {
            holds.create(HeldDeposit.held(owner, transfer, confirmations, reason, detail, clock.instant()));
            LOG.info("deposit {} of tenant {} held: {}", depositId, owner.tenant(), reason);
            holds.find(owner.tenant(), Chain.ETHEREUM, transfer.txHash(), transfer.logIndex())
                    .ifPresent(this::reconsider); // data may have arrived while the hold was being booked
        }
        return Optional.of(booked.outcome());
    }

    /** Decides again every held deposit the new data is about; returns them as they are now. */
    public List<HeldDeposit> received(ReceivedTravelRule data) {
        List<HeldDeposit> now = new ArrayList<>();
        for (HeldDeposit held : holds.forTransaction(data.tenant(), data.chain(), data.txHash())) {
            if (data.covers(held.transfer().logIndex(), held.owner().address())) {
                now.add(reconsider(held));
            }
        }
        return now;
    }

    /** An operator credits a held deposit after review (a no-op answer if it is released already). */
    public HeldDeposit release(TenantId tenant, TokenRef ref, String operator, String note) {
        HeldDeposit held = require(tenant, ref);
        if (held.state() == State.REJECTED) {
            throw new PlatformException(ErrorCode.CONFLICT, "the deposit was rejected and cannot be released");
        }
        return held.state() == State.RELEASED ? held : settle(held, operator, note);
    }

    /** An operator refuses a held deposit: it stays in suspense, to be returned; audited, with an event. */
    public HeldDeposit reject(TenantId tenant, TokenRef ref, String operator, String note) {
        HeldDeposit held = require(tenant, ref);
        if (held.state() == State.RELEASED) {
            throw new PlatformException(ErrorCode.CONFLICT, "the deposit was already credited");
        }
        if (held.state() == State.REJECTED) {
            return held;
        }
        HeldDeposit rejected = held.resolved(State.REJECTED, operator, note, clock.instant());
        if (!holds.update(rejected, Optional.of(rejectedEvent(rejected)))) {
            return reject(tenant, ref, operator, note); // changed meanwhile: decide on the current state
        }
        audit.append(new AuditRecord("deposit.hold.rejected", tenant.value(), held.id().toString(),
                Map.of("by", operator, "note", note, "reason", held.reason())));
        LOG.info("held deposit {} of tenant {} rejected", held.id(), tenant);
        return rejected;
    }

    /** The review queue: the tenant's deposits still held, oldest first. */
    public List<HeldDeposit> waiting(TenantId tenant, int limit) {
        return holds.waiting(tenant, limit);
    }

    /** The hold of one deposit, if it was ever held. */
    public Optional<HeldDeposit> find(TenantId tenant, TokenRef ref) {
        return holds.find(tenant, Chain.ETHEREUM, ref.txHash(), ref.logIndex());
    }

    /** A deposit's on-chain identity. */
    public record TokenRef(String txHash, long logIndex) {
        /** Parses a ledger reference {@code txHash:logIndex}. */
        public static Optional<TokenRef> parse(String reference) {
            int colon = reference.lastIndexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(new TokenRef(reference.substring(0, colon),
                        Long.parseLong(reference.substring(colon + 1))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private HeldDeposit reconsider(HeldDeposit held) {
        if (held.state() != State.HELD) {
            return held;
        }
        Optional<ReceivedTravelRule> data = dataFor(held.owner().tenant(), held.transfer().txHash(),
                held.transfer().logIndex(), held.owner().address());
        if (data.isEmpty()) {
            return held;
        }
        DepositTravelRule.Verdict verdict = rule.decide(held.id(), held.amount(), held.owner().address(), data);
        if (!verdict.holds()) {
            return settle(held, RELEASED_BY_DATA, verdict.outcome().name());
        }
        if (verdict.reasonCode().equals(held.reason()) && verdict.detail().equals(held.detail())) {
            return held;
        }
        HeldDeposit next = held.withReason(verdict.reasonCode(), verdict.detail());
        if (!holds.update(next, Optional.of(heldEvent(next)))) {
            return current(held);
        }
        LOG.info("deposit {} of tenant {} still held: {}", held.id(), held.owner().tenant(), next.reason());
        return next;
    }

    /** Credits the customer (the ledger makes it once), then records the release and audits it. */
    private HeldDeposit settle(HeldDeposit held, String by, String note) {
        booking.release(held.owner(), held.transfer(), held.confirmations());
        afterReleaseBooked.run();
        HeldDeposit released = held.resolved(State.RELEASED, by, note, clock.instant());
        if (!holds.update(released, Optional.empty())) {
            HeldDeposit now = current(held);
            return now.state() == State.HELD ? settle(now, by, note) : now;
        }
        audit.append(new AuditRecord("deposit.hold.released", held.owner().tenant().value(), held.id().toString(),
                Map.of("by", by, "note", note, "reason", held.reason())));
        LOG.info("held deposit {} of tenant {} released by {}", held.id(), held.owner().tenant(),
                RELEASED_BY_DATA.equals(by) ? by : "an operator");
        return released;
    }

    /** Still held, for a new reason: one event per version of the hold. */
    private OutboxEvent heldEvent(HeldDeposit h) {
        return booking.event(DepositHoldEvents.DEPOSIT_HELD, h.id() + ":" + h.version(), h.owner(), new DepositHeld(
                h.id().toString(), h.owner().customerId(), Chain.ETHEREUM.name(), h.amount().asset().code(),
                h.amount().toPlainString(), h.transfer().txHash(), h.transfer().logIndex(), h.owner().address(),
                h.reason()));
    }

    private OutboxEvent rejectedEvent(HeldDeposit h) {
        return booking.event(DepositHoldEvents.DEPOSIT_HOLD_REJECTED, h.id().toString(), h.owner(),
                new DepositHoldRejected(h.id().toString(), h.owner().customerId(), Chain.ETHEREUM.name(),
                        h.amount().asset().code(), h.amount().toPlainString(), h.transfer().txHash(),
                        h.transfer().logIndex(), h.reason()));
    }

    private HeldDeposit current(HeldDeposit held) {
        return holds.find(held.owner().tenant(), Chain.ETHEREUM, held.transfer().txHash(), held.transfer().logIndex())
                .orElseThrow(() -> new IllegalStateException("a held deposit disappeared"));
    }

    private HeldDeposit require(TenantId tenant, TokenRef ref) {
        return find(tenant, ref).orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND,
                "no deposit held by the Travel Rule with that id"));
    }

    /** The latest data for one log (data naming the log wins over data for "any log" of the transaction). */
    private Optional<ReceivedTravelRule> dataFor(TenantId tenant, String txHash, long logIndex, String address) {
        return received.forTransaction(tenant, Chain.ETHEREUM, txHash).stream()
                .filter(d -> d.covers(logIndex, address))
                .max(Comparator.<ReceivedTravelRule, Boolean>comparing(d -> d.logIndex() != null)
                        .thenComparing(ReceivedTravelRule::receivedAt));
    }
}
