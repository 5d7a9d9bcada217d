package io.usdtcustody.functions.kyc.risk;

/** How a country weighs in a risk assessment, by the lists it is on (the most severe wins). */
public enum CountryRiskLevel {
    STANDARD,
    /** On the EU list of high-risk third countries (Directive 2015/849 Art. 9, 18a): EDD for EU business. */
    EU_HIGH_RISK_THIRD_COUNTRY,
    /** On the FATF list of jurisdictions under increased monitoring ("grey list"). */
    FATF_INCREASED_MONITORING,
    /** On the FATF list of high-risk jurisdictions subject to a call for action ("black list"): EDD at least. */
    FATF_CALL_FOR_ACTION,
    /** A jurisdiction the platform does not serve (its policy, e.g. comprehensive embargoes). */
    PROHIBITED
}
