package io.usdtcustody.custody.chain.ethereum.nonce.port;

import io.usdtcustody.custody.chain.ethereum.nonce.NonceAssignment;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceState;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The nonces of the hot addresses, one counter per (chain id, sending address), shared by every process that
 * signs for the address. Guarantees: a nonce goes to at most one withdrawal and a withdrawal has at most one
 * nonce (no reuse); every nonce below the counter is either in use or listed as a gap to fill (no hole), across
 * restarts and concurrent workers. Addresses are compared case-insensitively.
 *
 * <p>How a signing worker uses it; each step is persisted before the next one acts, so a crash at any point is
 * recovered by running the same steps again:
 * <ol>
 *   <li>{@link #assign} — idempotent: after a crash the same withdrawal gets the same nonce. Call it only for a
 *   withdrawal that is APPROVED.</li>
 *   <li>sign; {@link #recordSigned} with the raw bytes — <em>before</em> broadcasting. A crash before this
 *   record leaves the nonce ASSIGNED and provably never sent; after it, re-send the stored {@code rawTx}, never
 *   sign again.</li>
 *   <li>broadcast; {@link #recordBroadcast}. A crash in between leaves SIGNED: re-send the raw bytes (a node
 *   answers "already known" or "nonce too low" if it was sent; look for a receipt).</li>
 *   <li>when a receipt of <em>any</em> of the nonce's hashes has enough confirmations, {@link #recordMined}.</li>
 *   <li>a supervisor polls {@link #stuck}, computes fees with {@code FeeBumper}, signs at the same nonce,
 *   {@link #recordReplacement} (again before broadcasting) and broadcasts, unless the returned assignment is
 *   MINED or names another latest hash.</li>
 *   <li>a withdrawal cancelled or failed before broadcast calls {@link #release}; a filler worker polls
 *   {@link #gapsToFill}, signs a zero-value self-transfer at each gap, {@link #recordFiller}, broadcasts.</li>
 * </ol>
 * Failures are {@code PlatformException}s: CONFLICT (the record contradicts the stored state), NOT_FOUND (no such
 * nonce), VALIDATION_FAILED (a replacement or filler that does not outbid), UNAVAILABLE (too much contention).
 */
public interface NonceManager {
    /** The most assignments one listing returns. */
    int MAX_LISTED = 100;

    /**
     * The nonce of {@code withdrawalId}: the one it already holds, else the next one of the address. The first
     * assignment of an address starts its counter at {@code chainNonce}, the address's pending transaction count
     * ({@code eth_getTransactionCount(address, "pending")}); later the counter, not the chain, decides. So every
     * transaction from a hot address must go through this manager.
     *
     * @throws io.usdtcustody.model.errors.PlatformException CONFLICT when the withdrawal released its nonce
     */
    long assign(long chainId, String address, UUID withdrawalId, long chainNonce);

    /**
     * The withdrawal will never be sent. If its nonce is the highest and still ASSIGNED (so nothing was ever
     * signed, let alone sent), the counter goes back by one. Otherwise the nonce becomes a {@link NonceState#GAP}:
     * later nonces cannot be mined until something is mined at it. A SIGNED nonce always becomes a gap, because a
     * crash may have hidden that it was broadcast. Repeating a release answers the same; a withdrawal that
     * released cannot {@link #assign} again.
     *
     * @throws io.usdtcustody.model.errors.PlatformException CONFLICT when its transaction was broadcast
     */
    Release release(long chainId, String address, UUID withdrawalId);

    /** What {@link #release} did. */
    enum Release {
        /** The nonce was the highest and never signed: the next assignment gets it again. */
        ROLLED_BACK,
        /** The nonce is a gap; a filler must be mined at it. */
        GAP,
        /** The withdrawal held no nonce. */
        NOT_ASSIGNED
    }

    Optional<NonceAssignment> find(long chainId, String address, long nonce);

    /** The withdrawal's transaction at its nonce is signed: ASSIGNED → SIGNED. */
    NonceAssignment recordSigned(long chainId, String address, long nonce, UUID withdrawalId, NonceTransaction tx);

    /** A filler is signed at a gap: GAP → SIGNED; it must outbid a released transaction that had been signed. */
    NonceAssignment recordFiller(long chainId, String address, long nonce, NonceTransaction filler);

    /** SIGNED → BROADCAST. */
    NonceAssignment recordBroadcast(long chainId, String address, long nonce, String txHash);

    /**
     * A replacement of {@code replacedTxHash}, the latest transaction at the nonce, is signed: the nonce stays,
     * the new hash joins the old ones (any of them may still be mined), and the stuck age restarts. Returns the
     * stored assignment unchanged when the nonce is already MINED: then do not broadcast.
     */
    NonceAssignment recordReplacement(long chainId, String address, long nonce, String replacedTxHash,
                                      NonceTransaction replacement);

    /** One of the nonce's transactions is mined: → MINED, final. */
    NonceAssignment recordMined(long chainId, String address, long nonce, String txHash);

    /** Gaps of the address, lowest nonce first, at most {@link #MAX_LISTED}. */
    List<NonceAssignment> gapsToFill(long chainId, String address);

    /**
     * BROADCAST nonces of the address whose latest transaction was broadcast before {@code olderThan}, oldest
     * first, at most {@link #MAX_LISTED}. The listing may lag a write by moments; the record calls do not.
     */
    List<NonceAssignment> stuck(long chainId, String address, Instant olderThan);
}
