package io.usdtcustody.model.travelrule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One jurisdiction's Travel Rule: from which amount (in a fiat {@code currency}, ISO 4217) the full data set of
 * its {@code profile} is required, what is required below it, and where the rule comes from ({@code source},
 * a citation for auditors). {@code jurisdiction} is an ISO 3166-1 alpha-2 code, {@code EU}, or {@code FATF}
 * for the FATF baseline.
 */
public record JurisdictionRule(String jurisdiction, String name, String currency, BigDecimal threshold,
                               ThresholdBoundary boundary, DataRequirement belowThreshold, DataProfile profile,
                               String source) {

    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}|FATF");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public JurisdictionRule {
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(belowThreshold, "belowThreshold");
        Objects.requireNonNull(profile, "profile");
        if (jurisdiction == null || !JURISDICTION.matcher(jurisdiction).matches()) {
            throw new IllegalArgumentException("jurisdiction must be an ISO 3166-1 alpha-2 code, EU or FATF");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
        if (threshold == null || threshold.signum() < 0 || threshold.scale() > 2) {
            throw new IllegalArgumentException("threshold must be zero or positive with at most 2 decimals");
        }
        if (belowThreshold == DataRequirement.FULL) {
            throw new IllegalArgumentException("belowThreshold cannot be FULL; set the threshold to 0 instead");
        }
        if (name == null || name.isBlank() || source == null || source.isBlank()) {
            throw new IllegalArgumentException("name and source are required");
        }
    }

    /** Whether every amount is in scope (no de minimis threshold). */
    public boolean coversEveryAmount() {
        return threshold.signum() == 0 && boundary == ThresholdBoundary.AT_OR_ABOVE;
    }
}
