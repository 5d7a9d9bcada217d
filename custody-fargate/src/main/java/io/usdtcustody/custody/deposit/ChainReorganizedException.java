package io.usdtcustody.custody.deposit;

/**
 * The block the cursor points at is no longer on the canonical chain: a reorganisation deeper than the
 * confirmation depth, which may have removed deposits that were already credited. The watcher stops advancing
 * (fail closed) until an operator has reconciled and moved the cursor; every poll raises this again.
 */
public final class ChainReorganizedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long blockNumber;

    public ChainReorganizedException(long blockNumber) {
        super("block " + blockNumber + " at the deposit cursor is no longer canonical: reorganisation deeper than the"
                + " confirmation depth; deposits need reconciliation before the watcher may continue");
        this.blockNumber = blockNumber;
    }

    public long blockNumber() {
        return blockNumber;
    }
}
