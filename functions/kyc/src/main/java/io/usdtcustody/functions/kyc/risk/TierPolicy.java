package io.usdtcustody.functions.kyc.risk;

import java.util.Objects;

/**
 * What a risk tier means for the customer: withdrawal limits in micro-USDT (6 decimals, the Ethereum and TRON
 * scale; {@link CustomerLimits} converts for Omni), whether enhanced due diligence applies, how often the
 * customer is reviewed, and whether the platform takes the customer at all.
 */
public record TierPolicy(RiskTier tier, long perTransactionMicros, long rolling24hMicros,
                         boolean enhancedDueDiligence, int reviewIntervalMonths, boolean onboardingAllowed) {
    public TierPolicy {
        Objects.requireNonNull(tier, "tier");
        if (perTransactionMicros < 0 || rolling24hMicros < perTransactionMicros) {
            throw new IllegalArgumentException("limits are zero or more, and the 24 h limit is at least the"
                    + " per-transaction limit");
        }
        if (reviewIntervalMonths < 1 || reviewIntervalMonths > 60) {
            throw new IllegalArgumentException("the review interval is 1..60 months");
        }
        if (!onboardingAllowed && (perTransactionMicros != 0 || rolling24hMicros != 0)) {
            throw new IllegalArgumentException("a tier that may not be onboarded has zero limits");
        }
    }
}
