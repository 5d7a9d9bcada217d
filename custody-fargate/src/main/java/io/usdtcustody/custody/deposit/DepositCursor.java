package io.usdtcustody.custody.deposit;

/**
 * How far the watcher has got: the last block whose confirmed deposits are all booked, with its hash, so that
 * a restart resumes after it and a reorganisation that removed it is noticed instead of skipped over.
 */
public record DepositCursor(long blockNumber, String blockHash) {
    public DepositCursor {
        if (blockNumber < 0) {
            throw new IllegalArgumentException("a block number is never negative");
        }
        blockHash = EvmHex.hash(blockHash, "blockHash");
    }
}
