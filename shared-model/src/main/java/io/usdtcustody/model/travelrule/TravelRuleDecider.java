package io.usdtcustody.model.travelrule;

import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.travelrule.ivms101.FieldProblems;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what the Travel Rule asks of one transfer, in either direction, from the jurisdiction's rule, the
 * amount, whether the counterparty VASP is identified, and the IVMS101 payload if there is one:
 * <ol>
 *   <li>the amount (converted into the asset's minor units with the given prices, rounded down) against the
 *       jurisdiction's threshold gives the {@link DataRequirement}; {@code NONE} → {@code NOT_REQUIRED};</li>
 *   <li>no payload, or one that breaks the IVMS101 rules or lacks the required data →
 *       {@code REQUIRED_MISSING}, listing every problem;</li>
 *   <li>a complete payload but the counterparty VASP (the beneficiary VASP of a withdrawal, the originating
 *       VASP of a deposit) not identified → {@code UNKNOWN_COUNTERPARTY_VASP};</li>
 *   <li>otherwise {@code COMPLIANT}.</li>
 * </ol>
 * When no price converts a non-zero threshold, the data is required (a missing price must not let a large
 * transfer through). Pure: no clock (today is passed in), no I/O.
 */
public final class TravelRuleDecider {
    private final TravelRuleThresholds thresholds;

    public TravelRuleDecider(TravelRuleThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** The decision for a transfer that has no Travel Rule data attached. */
    public TravelRuleDecision decide(String jurisdiction, TransferDirection direction, Amount amount,
            boolean counterpartyVaspKnown, AssetPrices prices) {
        Objects.requireNonNull(direction, "direction");
        Scope scope = scope(jurisdiction, amount, prices);
        if (scope.requirement() == DataRequirement.NONE) {
            return notRequired(scope);
        }
        String counterparty = counterpartyVaspKnown ? ""
                : "; the " + counterpartyRole(direction) + " VASP is not identified either";
        return decision(TravelRuleOutcome.REQUIRED_MISSING, scope, "Travel Rule data " + scope.describe()
                + " and none is attached to this " + noun(direction) + "; it is held until the data is provided"
                + counterparty, List.of());
    }

    /** The decision for a transfer with its envelope (the payload attached or received). */
    public TravelRuleDecision decide(String jurisdiction, TravelRuleTransfer transfer, boolean counterpartyVaspKnown,
            AssetPrices prices, LocalDate today) {
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(today, "today");
        Scope scope = scope(jurisdiction, transfer.amount(), prices);
        if (scope.requirement() == DataRequirement.NONE) {
            return notRequired(scope);
        }
        FieldProblems problems = new FieldProblems();
        Ivms101Validator.validate(transfer.ivms101(), today, "ivms101", problems);
        DataCompleteness.check(transfer, scope.requirement(), scope.rule().profile(), problems);
        String noun = noun(transfer.direction());
        if (!problems.isEmpty()) {
            return decision(TravelRuleOutcome.REQUIRED_MISSING, scope, "Travel Rule data " + scope.describe()
                    + "; the data attached to this " + noun + " is incomplete or invalid (" + problems.count()
                    + " problem(s)), so it is held until corrected", problems.list());
        }
        if (!counterpartyVaspKnown) {
            return decision(TravelRuleOutcome.UNKNOWN_COUNTERPARTY_VASP, scope, "the "
                    + counterpartyRole(transfer.direction())
                    + " VASP of this " + noun + " is not identified; it is held for compliance review", List.of());
        }
        return decision(TravelRuleOutcome.COMPLIANT, scope, "Travel Rule data " + scope.describe()
                + " and is complete", List.of());
    }

    private Scope scope(String jurisdiction, Amount amount, AssetPrices prices) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(prices, "prices");
        JurisdictionRule rule = thresholds.ruleFor(jurisdiction);
        String applied = rule.jurisdiction().equals(jurisdiction) ? rule.jurisdiction()
                : rule.jurisdiction() + " (fallback for " + jurisdiction + ")";
        if (rule.threshold().signum() == 0) {
            Amount zero = Amount.zero(amount.asset());
            return new Scope(rule, applied, zero, rule.boundary().reaches(amount.minorUnits(), 0)
                    ? DataRequirement.FULL : rule.belowThreshold());
        }
        Optional<AssetPrice> price = prices.find(amount.asset().code(), rule.currency());
        if (price.isEmpty()) {
            return new Scope(rule, applied, null, DataRequirement.FULL);
        }
        Amount threshold = Amount.of(price.get().toMinorUnits(rule.threshold(), amount.asset().decimals()),
                amount.asset());
        boolean reaches = rule.boundary().reaches(amount.minorUnits(), threshold.minorUnits());
        return new Scope(rule, applied, threshold, reaches ? DataRequirement.FULL : rule.belowThreshold());
    }

    private static TravelRuleDecision notRequired(Scope scope) {
        return decision(TravelRuleOutcome.NOT_REQUIRED, scope, "no Travel Rule data is required below "
                + scope.thresholdText() + " in " + scope.applied(), List.of());
    }

    private static TravelRuleDecision decision(TravelRuleOutcome outcome, Scope scope, String reason,
            List<FieldError> problems) {
        return new TravelRuleDecision(outcome, scope.rule().jurisdiction(), scope.rule().source(),
                scope.requirement(), scope.threshold(), reason, problems);
    }

    private static String counterpartyRole(TransferDirection direction) {
        return direction == TransferDirection.OUTGOING ? "beneficiary" : "originating";
    }

    private static String noun(TransferDirection direction) {
        return direction == TransferDirection.OUTGOING ? "withdrawal" : "deposit";
    }

    /** Where a transfer falls under a rule. */
    private record Scope(JurisdictionRule rule, String applied, Amount threshold, DataRequirement requirement) {
        String thresholdText() {
            String fiat = rule.threshold().toPlainString() + " " + rule.currency();
            return threshold == null ? fiat + " (no price to convert it)"
                    : fiat + " (" + threshold.toPlainString() + " " + threshold.asset().code() + ")";
        }

        String describe() {
            String what = requirement == DataRequirement.FULL ? "(full originator and beneficiary information)"
                    : "(names and account numbers)";
            String from = requirement == DataRequirement.FULL
                    ? (rule.coversEveryAmount() ? "for every amount"
                            : (rule.boundary() == ThresholdBoundary.ABOVE ? "above " : "from ") + thresholdText())
                    : "below " + thresholdText();
            return what + " is required " + from + " in " + applied;
        }
    }
}
