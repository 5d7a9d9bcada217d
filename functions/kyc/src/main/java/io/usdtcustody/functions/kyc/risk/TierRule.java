package io.usdtcustody.functions.kyc.risk;

/**
 * Rules that set a tier regardless of the score, because the law or the platform's policy does not leave it
 * to points. Stable codes: they are stored with the assessment.
 */
public enum TierRule {
    /** A confirmed sanctions match: PROHIBITED. */
    SANCTIONS_MATCH(RiskTier.PROHIBITED),
    /** Residence or nationality in a jurisdiction the platform does not serve: PROHIBITED. */
    PROHIBITED_JURISDICTION(RiskTier.PROHIBITED),
    /** A possible sanctions match under review: at least HIGH until it is cleared. */
    SANCTIONS_REVIEW_OPEN(RiskTier.HIGH),
    /** A foreign PEP: at least HIGH, enhanced due diligence always (FATF R.12). */
    FOREIGN_PEP(RiskTier.HIGH),
    /**
     * A FATF call-for-action jurisdiction (R.19) or an EU high-risk third country (Directive 2015/849
     * Art. 18a): at least HIGH, because enhanced due diligence is mandatory.
     */
    HIGH_RISK_JURISDICTION(RiskTier.HIGH);

    private final RiskTier floor;

    TierRule(RiskTier floor) {
        this.floor = floor;
    }

    /** The lowest tier the rule allows. */
    public RiskTier floor() {
        return floor;
    }
}
