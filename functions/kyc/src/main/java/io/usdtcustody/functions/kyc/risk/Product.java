package io.usdtcustody.functions.kyc.risk;

/** What the customer uses the platform for, from least to most exposed to misuse. */
public enum Product {
    /** Deposits, holding and withdrawals only. */
    CUSTODY_ONLY,
    /** Custody and exchange trading through the order books. */
    TRADING,
    /** Large negotiated over-the-counter trades. */
    OTC
}
