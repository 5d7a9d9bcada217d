package io.usdtcustody.model.travelrule;

import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.money.Amount;
import java.util.List;
import java.util.Objects;

/**
 * The Travel Rule decision for one transfer, explainable on its own: the {@code outcome}, the rule applied
 * ({@code jurisdiction} and its {@code source}), the data {@code requirement} it led to, the {@code threshold}
 * in the transfer's asset ({@code null} when no price was available to convert it), a {@code reason} for people,
 * and every missing or invalid field. Holds no personal data: reasons and field errors never quote values.
 */
public record TravelRuleDecision(TravelRuleOutcome outcome, String jurisdiction, String source,
                                 DataRequirement requirement, Amount threshold, String reason,
                                 List<FieldError> problems) {
    public TravelRuleDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(reason, "reason");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (outcome == TravelRuleOutcome.NOT_REQUIRED && requirement != DataRequirement.NONE) {
            throw new IllegalArgumentException("a NOT_REQUIRED decision has requirement NONE");
        }
    }

    /** Whether the transfer must wait. */
    public boolean holds() {
        return outcome.holds();
    }
}
