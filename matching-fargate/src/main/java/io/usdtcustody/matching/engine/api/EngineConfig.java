package io.usdtcustody.matching.engine.api;

/**
 * The engine's rules that are not per symbol. They are part of the engine's state (snapshots carry them), so
 * replaying a journal applies the rules it was written under.
 *
 * @param selfTradePrevention          what happens when an account's orders would trade with each other
 * @param maxOrdersPerSecondPerAccount places and amends per account per second of sequencer time; 0 = no
 *                                     limit
 * @param feeAccountId                 the account that maker and taker fees are credited to
 * @param expectedOrdersPerBook        sizing hint for each book's order index (it grows when exceeded)
 * @param expectedAccounts             sizing hint for the account index
 */
public record EngineConfig(SelfTradePrevention selfTradePrevention, int maxOrdersPerSecondPerAccount,
        long feeAccountId, int expectedOrdersPerBook, int expectedAccounts) {

    /** Cancel the incoming remainder on self-trade, no rate limit, fees to account 0. */
    public static final EngineConfig DEFAULT = new EngineConfig(SelfTradePrevention.CANCEL_INCOMING, 0, 0L,
            4096, 1024);

    public EngineConfig {
        if (selfTradePrevention == null) {
            throw new IllegalArgumentException("selfTradePrevention is required");
        }
        if (maxOrdersPerSecondPerAccount < 0 || expectedOrdersPerBook < 1 || expectedAccounts < 1) {
            throw new IllegalArgumentException("limits and sizes must not be negative");
        }
    }

    public EngineConfig withSelfTradePrevention(SelfTradePrevention mode) {
        return new EngineConfig(mode, maxOrdersPerSecondPerAccount, feeAccountId, expectedOrdersPerBook,
                expectedAccounts);
    }

    public EngineConfig withMaxOrdersPerSecondPerAccount(int limit) {
        return new EngineConfig(selfTradePrevention, limit, feeAccountId, expectedOrdersPerBook,
                expectedAccounts);
    }

    public EngineConfig withExpectedOrdersPerBook(int orders) {
        return new EngineConfig(selfTradePrevention, maxOrdersPerSecondPerAccount, feeAccountId, orders,
                expectedAccounts);
    }
}
