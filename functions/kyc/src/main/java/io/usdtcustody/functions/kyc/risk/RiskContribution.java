package io.usdtcustody.functions.kyc.risk;

import java.util.Objects;

/**
 * One factor's part in a risk score: the factor, the value it was assessed at as a stable code (for example
 * {@code FATF_INCREASED_MONITORING} or {@code FOREIGN}), and the points it added.
 */
public record RiskContribution(RiskFactor factor, String code, int points) {
    public RiskContribution {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(code, "code");
        if (points < 0) {
            throw new IllegalArgumentException("points are zero or more");
        }
    }
}
