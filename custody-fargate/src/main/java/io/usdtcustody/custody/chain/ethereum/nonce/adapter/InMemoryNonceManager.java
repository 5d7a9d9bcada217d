package io.usdtcustody.custody.chain.ethereum.nonce.adapter;

import io.usdtcustody.custody.chain.ethereum.nonce.NonceAssignment;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceState;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceTransaction;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Nonces in memory, one lock for everything: the reference the DynamoDB adapter is tested against, and a fake
 * for unit tests of signing workers. Not durable, so not for production.
 */
public final class InMemoryNonceManager extends TransitioningNonceManager {
    /** A withdrawal's hold on a nonce; {@code nonce} is null once a release rolled it back. */
    private record Holding(Long nonce, boolean released) {
    }

    private final Map<String, Long> counters = new HashMap<>();
    private final Map<String, Holding> byWithdrawal = new HashMap<>();
    private final Map<String, NonceAssignment> byNonce = new HashMap<>();

    public InMemoryNonceManager(Clock clock) {
        super(clock);
    }

    @Override
    public synchronized long assign(long chainId, String address, UUID withdrawalId, long chainNonce) {
        if (chainNonce < 0) {
            throw new IllegalArgumentException("the chain nonce is not negative");
        }
        String sender = sender(chainId, address);
        Holding holding = byWithdrawal.get(sender + "/" + withdrawalId);
        if (holding != null) {
            if (holding.released()) {
                throw new PlatformException(ErrorCode.CONFLICT, "the withdrawal released its nonce");
            }
            return holding.nonce();
        }
        long nonce = counters.computeIfAbsent(sender, key -> chainNonce);
        counters.put(sender, nonce + 1);
        byWithdrawal.put(sender + "/" + withdrawalId, new Holding(nonce, false));
        byNonce.put(sender + "/" + nonce, NonceAssignment.assigned(chainId, address, nonce, withdrawalId, clock.instant()));
        return nonce;
    }

    @Override
    public synchronized Release release(long chainId, String address, UUID withdrawalId) {
        String sender = sender(chainId, address);
        String key = sender + "/" + withdrawalId;
        Holding holding = byWithdrawal.get(key);
        if (holding == null) {
            return Release.NOT_ASSIGNED;
        }
        if (holding.released()) {
            return holding.nonce() == null ? Release.ROLLED_BACK : Release.GAP;
        }
        long nonce = holding.nonce();
        NonceAssignment current = byNonce.get(sender + "/" + nonce);
        if (current.state() == NonceState.ASSIGNED && counters.get(sender) == nonce + 1) {
            counters.put(sender, nonce);
            byNonce.remove(sender + "/" + nonce);
            byWithdrawal.put(key, new Holding(null, true));
            return Release.ROLLED_BACK;
        }
        byNonce.put(sender + "/" + nonce, current.gap());
        byWithdrawal.put(key, new Holding(nonce, true));
        return Release.GAP;
    }

    @Override
    public synchronized Optional<NonceAssignment> find(long chainId, String address, long nonce) {
        return Optional.ofNullable(byNonce.get(sender(chainId, address) + "/" + nonce));
    }

    @Override
    public synchronized List<NonceAssignment> gapsToFill(long chainId, String address) {
        String prefix = sender(chainId, address) + "/";
        return byNonce.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getValue().state() == NonceState.GAP)
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparingLong(NonceAssignment::nonce))
                .limit(MAX_LISTED).toList();
    }

    @Override
    public synchronized List<NonceAssignment> stuck(long chainId, String address, Instant olderThan) {
        String prefix = sender(chainId, address) + "/";
        return byNonce.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getValue().state() == NonceState.BROADCAST)
                .map(Map.Entry::getValue)
                // millisecond precision, as the DynamoDB adapter stores it
                .filter(a -> a.broadcastAt().toEpochMilli() < olderThan.toEpochMilli())
                .sorted(Comparator.comparing((NonceAssignment a) -> a.broadcastAt().toEpochMilli())
                        .thenComparingLong(NonceAssignment::nonce))
                .limit(MAX_LISTED).toList();
    }

    @Override
    protected synchronized NonceAssignment update(long chainId, String address, long nonce,
                                                UnaryOperator<NonceAssignment> step) {
        String key = sender(chainId, address) + "/" + nonce;
        NonceAssignment current = byNonce.get(key);
        if (current == null) {
            throw new PlatformException(ErrorCode.NOT_FOUND, "nonce " + nonce + " is not assigned");
        }
        NonceAssignment next = step.apply(current);
        byNonce.put(key, next);
        return next;
    }

    private static String sender(long chainId, String address) {
        return chainId + "/" + NonceAssignment.normalise(address);
    }
}
