package io.usdtcustody.functions.onboarding.consent;

/** What a customer consents to; each is granted and withdrawn on its own, against a document version. */
public enum ConsentType {
    TERMS_OF_SERVICE,
    PRIVACY_POLICY,
    MARKETING,
    DATA_SHARING
}
