package io.usdtcustody.custody.ledger;

/** Why money moved; kept on every transfer for reporting and reconciliation. */
public enum TransferKind {
    DEPOSIT,
    DEPOSIT_QUARANTINED,
    WITHDRAWAL_HOLD,
    WITHDRAWAL_RELEASE,
    WITHDRAWAL_SETTLE,
    FEE,
    SWEEP,
    /** Funding → the trading omnibus, for the matching engine to credit. */
    TO_TRADING,
    /** The trading omnibus → funding, after the matching engine debited trading. */
    FROM_TRADING,
    INTERNAL
}
