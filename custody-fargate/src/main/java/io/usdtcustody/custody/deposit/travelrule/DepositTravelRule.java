package io.usdtcustody.custody.deposit.travelrule;

import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.travelrule.AssetPrices;
import io.usdtcustody.model.travelrule.DataRequirement;
import io.usdtcustody.model.travelrule.TransferDirection;
import io.usdtcustody.model.travelrule.TravelRuleDecider;
import io.usdtcustody.model.travelrule.TravelRuleDecision;
import io.usdtcustody.model.travelrule.TravelRuleOutcome;
import io.usdtcustody.model.travelrule.TravelRuleTransfer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The Travel Rule for one incoming deposit, in custody's jurisdiction (the same setting as for withdrawals): the
 * shared {@link TravelRuleDecider} decides with direction {@code INCOMING}, the data received for the deposit if
 * any, and whether its originating VASP is one compliance knows ({@link KnownVasps}). Only where the jurisdiction
 * asks for the full data set (at or above its threshold) does a failing decision hold the deposit:
 * <ul>
 *   <li>no data, or data that is invalid or incomplete for the jurisdiction → {@code TRAVEL_RULE_DATA_REQUIRED};</li>
 *   <li>complete data from an originating VASP that is not known → {@code TRAVEL_RULE_COUNTERPARTY_UNKNOWN}.</li>
 * </ul>
 * Below the threshold a deposit is credited as it always was, whatever the data (names and accounts asked for
 * below it are collected, not enforced by holding funds).
 */
public final class DepositTravelRule {
    private final TravelRuleDecider decider;
    private final String jurisdiction;
    private final Supplier<AssetPrices> prices;
    private final KnownVasps knownVasps;
    private final Clock clock;

    public DepositTravelRule(TravelRuleDecider decider, String jurisdiction, Supplier<AssetPrices> prices,
                             KnownVasps knownVasps, Clock clock) {
        this.decider = Objects.requireNonNull(decider, "decider");
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.knownVasps = Objects.requireNonNull(knownVasps, "knownVasps");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the rule says about a deposit: hold it (with a stable reason code) or credit it. No personal data. */
    public record Verdict(boolean holds, String reasonCode, TravelRuleOutcome outcome, String detail) {
        public Verdict {
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The verdict for deposit {@code depositId} of {@code amount} to {@code depositAddress} (EIP-55), with the data
     * received for it, if any.
     */
    public Verdict decide(UUID depositId, Amount amount, String depositAddress, Optional<ReceivedTravelRule> data) {
        TravelRuleDecision decision;
        if (data.isEmpty()) {
            decision = decider.decide(jurisdiction, TransferDirection.INCOMING, amount, false, prices.get());
        } else {
            var payload = data.get().payload();
            TravelRuleTransfer transfer = new TravelRuleTransfer(depositId.toString(), TransferDirection.INCOMING,
                    amount, depositAddress, payload);
            decision = decider.decide(jurisdiction, transfer, knownVasps.isKnown(payload.originatingVASP()),
                    prices.get(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        }
        boolean holds = decision.holds() && decision.requirement() == DataRequirement.FULL;
        if (!holds) {
            return new Verdict(false, "", decision.outcome(), decision.reason());
        }
        String code = decision.outcome() == TravelRuleOutcome.UNKNOWN_COUNTERPARTY_VASP
                ? PolicyReasons.TRAVEL_RULE_COUNTERPARTY_UNKNOWN : PolicyReasons.TRAVEL_RULE_DATA_REQUIRED;
        return new Verdict(true, code, decision.outcome(), decision.reason());
    }
}
