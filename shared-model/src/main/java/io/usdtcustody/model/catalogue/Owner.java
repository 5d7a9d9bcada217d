package io.usdtcustody.model.catalogue;

/**
 * The deployable that owns a resource. Only the owner writes; other deployables are granted read access
 * explicitly, which is what the CDK stacks turn into least-privilege IAM.
 */
public enum Owner {
    CUSTODY_SERVICE("custody-fargate"),
    MATCHING_SERVICE("matching-fargate"),
    ONBOARDING_FUNCTION("onboarding"),
    KYC_FUNCTION("kyc"),
    ADVICE_FUNCTION("advice"),
    RECEIPTS_FUNCTION("receipts"),
    REPORTING_FUNCTION("reporting"),
    MONITORING("monitoring");

    private final String deployable;

    Owner(String deployable) {
        this.deployable = deployable;
    }

    /** The module or function name of the owner. */
    public String deployable() {
        return deployable;
    }
}
