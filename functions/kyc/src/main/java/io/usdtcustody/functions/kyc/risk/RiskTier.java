package io.usdtcustody.functions.kyc.risk;

/** The customer's risk tier, from which limits, due diligence and review frequency follow. */
public enum RiskTier {
    LOW,
    MEDIUM,
    HIGH,
    /** No business: a sanctions match or a jurisdiction the platform does not serve. */
    PROHIBITED
}
