package io.usdtcustody.functions.kyc.risk;

/** The factors a risk score is made of; each contributes points that an analyst can read back. */
public enum RiskFactor {
    COUNTRY_OF_RESIDENCE,
    NATIONALITY,
    PEP,
    PRODUCT,
    EXPECTED_VOLUME,
    SANCTIONS_SCREENING
}
