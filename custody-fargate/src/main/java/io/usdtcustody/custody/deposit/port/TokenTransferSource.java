package io.usdtcustody.custody.deposit.port;

import io.usdtcustody.custody.deposit.ChainUnavailableException;
import io.usdtcustody.custody.deposit.TokenTransfer;
import java.util.List;
import java.util.Optional;

/**
 * The chain as the deposit watcher reads it: the head, the canonical hash of a block, and an ERC-20 token's
 * {@code Transfer} logs. Failures to reach the node are {@link ChainUnavailableException}s.
 */
public interface TokenTransferSource {

    /** The number of the latest block. */
    long latestBlockNumber();

    /** The hash of the canonical block at {@code blockNumber} (lower-case hex), empty when beyond the head. */
    Optional<String> canonicalBlockHash(long blockNumber);

    /**
     * The token's {@code Transfer} logs in blocks {@code [fromBlock, toBlock]}, by block then log index; logs the
     * node marks as removed and logs that are not a standard three-topic {@code Transfer} are left out.
     */
    List<TokenTransfer> transfers(String tokenContract, long fromBlock, long toBlock);
}
