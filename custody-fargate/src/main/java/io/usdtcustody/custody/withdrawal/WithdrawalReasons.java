package io.usdtcustody.custody.withdrawal;

/** Stable reason codes carried by REJECTED, CANCELLED and FAILED withdrawals and their events. */
public final class WithdrawalReasons {
    public static final String INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS";
    public static final String CANCELLED_BY_CUSTOMER = "CANCELLED_BY_CUSTOMER";
    public static final String POLICY_REJECTED = "POLICY_REJECTED";

    private WithdrawalReasons() {
    }
}
