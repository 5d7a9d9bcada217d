package io.usdtcustody.custody.deposit;

import java.util.List;
import java.util.Optional;

/**
 * What one poll did: the chain head it saw, the block range it scanned (empty when {@code fromBlock > toBlock}),
 * the cursor afterwards, how many deposits it booked (credited, quarantined, held in suspense by the Travel Rule,
 * or found already booked by an earlier run), and the deposits to our addresses that are seen but not yet confirmed.
 */
public record PollResult(long latestBlock, long fromBlock, long toBlock, Optional<DepositCursor> cursor, int credited,
                         int quarantined, int held, int alreadyBooked, List<TokenTransfer> pending) {
    public PollResult {
        pending = List.copyOf(pending);
    }

    /** True when this poll reached the chain head, so there is no backlog to scan right away. */
    public boolean caughtUp() {
        return toBlock >= latestBlock;
    }
}
