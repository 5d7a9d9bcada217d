package io.usdtcustody.functions.common.idempotency;

/** Where a keyed request stands: being processed now (a lock with its own expiry), or done with a stored response. */
public enum IdempotencyStatus {
    INPROGRESS,
    COMPLETED
}
