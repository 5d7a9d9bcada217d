package io.usdtcustody.custody.deposit;

import io.usdtcustody.custody.deposit.port.TokenTransferSource;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chain in memory for unit tests: blocks with unique hashes, one token's Transfer logs, reorganisations, and
 * stale logs (logs the node returns from a block that is no longer canonical, as during a reorg in flight).
 */
final class FakeChain implements TokenTransferSource {
    private final List<String> hashes = new ArrayList<>();
    private final Map<Long, List<TokenTransfer>> logs = new HashMap<>();
    private final List<TokenTransfer> stale = new ArrayList<>();
    private final List<long[]> ranges = new ArrayList<>();
    private long counter;
    private int failuresLeft;

    FakeChain(long height) {
        while (hashes.size() <= height) {
            mine();
        }
    }

    synchronized long mine() {
        hashes.add(hex(++counter));
        return latest();
    }

    synchronized void mine(int blocks) {
        for (int i = 0; i < blocks; i++) {
            mine();
        }
    }

    /** A new block holding one Transfer log. */
    synchronized TokenTransfer transfer(String from, String to, long baseUnits) {
        long block = mine();
        TokenTransfer log = new TokenTransfer(hex(1_000_000 + ++counter), 0, block, hashes.get((int) block),
                from.toLowerCase(), to.toLowerCase(), BigInteger.valueOf(baseUnits));
        logs.computeIfAbsent(block, b -> new ArrayList<>()).add(log);
        return log;
    }

    /** Replaces every block from {@code fromBlock} on by as many empty blocks with new hashes. */
    synchronized void reorg(long fromBlock) {
        int replaced = hashes.size() - (int) fromBlock;
        while (hashes.size() > fromBlock) {
            logs.remove((long) hashes.size() - 1);
            hashes.remove(hashes.size() - 1);
        }
        mine(replaced);
    }

    /** Makes the next getLogs also return {@code log}, as a node would in the middle of a reorganisation. */
    synchronized void returnStaleLog(TokenTransfer log) {
        stale.add(log);
    }

    synchronized void failNextCalls(int calls) {
        failuresLeft = calls;
    }

    synchronized List<long[]> scannedRanges() {
        return List.copyOf(ranges);
    }

    synchronized long latest() {
        return hashes.size() - 1;
    }

    @Override
    public synchronized long latestBlockNumber() {
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new ChainUnavailableException("eth_blockNumber failed: test");
        }
        return latest();
    }

    @Override
    public synchronized Optional<String> canonicalBlockHash(long blockNumber) {
        return blockNumber < hashes.size() ? Optional.of(hashes.get((int) blockNumber)) : Optional.empty();
    }

    @Override
    public synchronized List<TokenTransfer> transfers(String tokenContract, long fromBlock, long toBlock) {
        ranges.add(new long[] {fromBlock, toBlock});
        List<TokenTransfer> found = new ArrayList<>(stale);
        stale.clear();
        for (long block = fromBlock; block <= toBlock; block++) {
            found.addAll(logs.getOrDefault(block, List.of()));
        }
        return found;
    }

    private static String hex(long value) {
        return String.format("0x%064x", value);
    }
}
