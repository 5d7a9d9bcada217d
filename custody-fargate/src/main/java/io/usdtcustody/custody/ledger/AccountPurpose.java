package io.usdtcustody.custody.ledger;

/**
 * What an account is for. Customer accounts hold what the platform owes a customer; platform accounts hold
 * fees, quarantined and unidentified funds, and <em>mirror</em> accounts stand for funds on chain (deposit
 * addresses, hot wallet, cold wallet) with the opposite sign, so that every asset's accounts sum to zero and
 * minus the mirrors is what the platform holds on chain.
 */
public enum AccountPurpose {
    /** A customer's spendable funds. */
    FUNDING(true, false, false),
    /** A customer's funds set aside for an in-flight withdrawal. */
    WITHDRAWAL_HOLD(true, false, false),
    /** Mirror of the funds sitting on deposit addresses (touched by every deposit: sharded). */
    CHAIN_MIRROR(false, true, true),
    /** Mirror of the hot wallet (touched by every withdrawal: sharded). */
    HOT_WALLET(false, true, true),
    /** Mirror of the cold wallet. */
    COLD_WALLET(false, true, false),
    /** Fees earned by the platform (credited by every fee-bearing transfer: sharded). */
    FEES(false, false, true),
    /** Funds from sanctioned sources, frozen pending compliance review. */
    QUARANTINE(false, false, false),
    /** Funds that arrived but cannot be attributed yet. */
    SUSPENSE(false, false, false),
    /**
     * What customers moved to the matching engine's trading balances: their total, held for them while they
     * trade (credited by transfers to trading, debited by withdrawals from it).
     */
    TRADING_OMNIBUS(false, false, false);

    private final boolean customerOwned;
    private final boolean mirror;
    private final boolean sharded;

    AccountPurpose(boolean customerOwned, boolean mirror, boolean sharded) {
        this.customerOwned = customerOwned;
        this.mirror = mirror;
        this.sharded = sharded;
    }

    public boolean customerOwned() {
        return customerOwned;
    }

    /** Mirror accounts may go negative (they stand for on-chain assets); no other account ever does. */
    public boolean mayGoNegative() {
        return mirror;
    }

    /** Split over several items so that no single DynamoDB item becomes a hot partition. */
    public boolean sharded() {
        return sharded;
    }
}
