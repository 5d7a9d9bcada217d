package io.usdtcustody.custody.deposit;

/**
 * What one deposit watcher follows: the USDT contract on Ethereum, how many confirmations make a deposit final
 * ({@code latest - block + 1 >= confirmations}), the block to start from when no cursor exists yet (the block
 * the first deposit address was handed out in), and how many blocks one poll may scan (providers cap
 * {@code eth_getLogs} ranges).
 */
public record DepositWatcherSettings(String tokenContract, int confirmations, long startBlock, int maxBlocksPerPoll) {
    public static final int MAX_CONFIRMATIONS = 10_000;
    public static final int DEFAULT_MAX_BLOCKS_PER_POLL = 1_000;

    public DepositWatcherSettings {
        tokenContract = EvmHex.address(tokenContract, "tokenContract");
        if (confirmations < 1 || confirmations > MAX_CONFIRMATIONS) {
            throw new IllegalArgumentException("confirmations must be 1.." + MAX_CONFIRMATIONS);
        }
        if (startBlock < 0) {
            throw new IllegalArgumentException("startBlock is never negative");
        }
        if (maxBlocksPerPoll < 1 || maxBlocksPerPoll > 100_000) {
            throw new IllegalArgumentException("maxBlocksPerPoll must be 1..100000");
        }
    }

    public DepositWatcherSettings(String tokenContract, int confirmations, long startBlock) {
        this(tokenContract, confirmations, startBlock, DEFAULT_MAX_BLOCKS_PER_POLL);
    }

    /** The cursor's key: one cursor per (chain, token contract). */
    public String cursorId() {
        return "ETHEREUM#" + tokenContract;
    }
}
