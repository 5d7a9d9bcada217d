package io.usdtcustody.custody.chain.ethereum.nonce.adapter;

import io.usdtcustody.custody.chain.ethereum.nonce.NonceAssignment;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceTransaction;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import java.time.Clock;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The recording half of every nonce manager: each {@code record*} call is one {@link NonceAssignment} transition
 * (the rules live there), applied by the adapter's own conditional {@link #update}.
 */
abstract class TransitioningNonceManager implements NonceManager {
    protected final Clock clock;

    protected TransitioningNonceManager(Clock clock) {
        this.clock = clock;
    }

    /** Applies {@code step} to the stored assignment of {@code nonce} if nobody changed it meanwhile; returns the result. */
    protected abstract NonceAssignment update(long chainId, String address, long nonce, UnaryOperator<NonceAssignment> step);

    @Override
    public NonceAssignment recordSigned(long chainId, String address, long nonce, UUID withdrawalId, NonceTransaction tx) {
        return update(chainId, address, nonce, a -> a.signed(withdrawalId, tx, clock.instant()));
    }

    @Override
    public NonceAssignment recordFiller(long chainId, String address, long nonce, NonceTransaction filler) {
        return update(chainId, address, nonce, a -> a.filled(filler, clock.instant()));
    }

    @Override
    public NonceAssignment recordBroadcast(long chainId, String address, long nonce, String txHash) {
        return update(chainId, address, nonce, a -> a.broadcast(txHash, clock.instant()));
    }

    @Override
    public NonceAssignment recordReplacement(long chainId, String address, long nonce, String replacedTxHash,
                                             NonceTransaction replacement) {
        return update(chainId, address, nonce, a -> a.replaced(replacedTxHash, replacement, clock.instant()));
    }

    @Override
    public NonceAssignment recordMined(long chainId, String address, long nonce, String txHash) {
        return update(chainId, address, nonce, a -> a.mined(txHash, clock.instant()));
    }
}
