package io.usdtcustody.functions.kyc.lifecycle;

import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import java.util.Objects;

/**
 * What an analyst decided about a case in review: {@code APPROVED} or {@code REJECTED}, one of the reasons
 * {@link ReasonCode#analystReasons} allows for it, a free-text note, and who the analyst is (the caller's principal).
 */
public record AnalystDecision(CaseState outcome, ReasonCode reason, String note, String analyst) {
    public AnalystDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(analyst, "analyst");
        if (!ReasonCode.analystReasons(outcome).contains(reason)) {
            throw new IllegalArgumentException(reason + " is not a reason for " + outcome);
        }
    }
}
