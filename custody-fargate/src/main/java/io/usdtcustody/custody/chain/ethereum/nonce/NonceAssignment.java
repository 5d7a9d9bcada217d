package io.usdtcustody.custody.chain.ethereum.nonce;

import static io.usdtcustody.custody.chain.ethereum.nonce.NonceState.ASSIGNED;
import static io.usdtcustody.custody.chain.ethereum.nonce.NonceState.BROADCAST;
import static io.usdtcustody.custody.chain.ethereum.nonce.NonceState.GAP;
import static io.usdtcustody.custody.chain.ethereum.nonce.NonceState.MINED;
import static io.usdtcustody.custody.chain.ethereum.nonce.NonceState.SIGNED;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.GasPrice;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One nonce of one hot address and what has happened at it: the withdrawal it was assigned to, its state, every
 * transaction hash signed at it (oldest first: a replaced transaction may still be the one that is mined), the
 * latest fees and raw bytes, and {@code version} for conditional writes. {@code released} says the withdrawal gave
 * the nonce up: whatever is mined here is a filler, unless it is the withdrawal's own earlier hash.
 *
 * <p>The transitions below are shared by every adapter. Each returns the next version; {@code this} when the
 * record is already there or further on (a retry or a late report: the state never goes back); and fails with
 * CONFLICT when the record contradicts what is stored (another hash, another withdrawal, a skipped step).
 */
public record NonceAssignment(long chainId, String address, long nonce, UUID withdrawalId, NonceState state,
                              boolean released, List<String> txHashes, GasPrice fees, String rawTx,
                              String minedTxHash, Instant assignedAt, Instant signedAt, Instant broadcastAt,
                              long version) {
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{40}");

    public NonceAssignment {
        address = normalise(address);
        Objects.requireNonNull(withdrawalId, "withdrawalId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(assignedAt, "assignedAt");
        txHashes = List.copyOf(txHashes);
        if (chainId <= 0 || nonce < 0 || version < 0) {
            throw new IllegalArgumentException("the chain id is positive; nonce and version are not negative");
        }
        boolean signed = state == SIGNED || state == BROADCAST || state == MINED;
        if (signed && (txHashes.isEmpty() || fees == null || rawTx == null || signedAt == null)) {
            throw new IllegalArgumentException("a signed nonce has a hash, fees, raw bytes and a signing time");
        }
        if (state == BROADCAST && broadcastAt == null || state == GAP && !released) {
            throw new IllegalArgumentException("a broadcast nonce has a broadcast time; a gap is released");
        }
        if (state == MINED != (minedTxHash != null) || minedTxHash != null && !txHashes.contains(minedTxHash)) {
            throw new IllegalArgumentException("exactly a mined nonce names its mined hash, one of its own");
        }
    }

    /** Lower-case {@code 0x} + 40 hex digits: one spelling per address, whatever checksum casing came in. */
    public static String normalise(String address) {
        String lower = Objects.requireNonNull(address, "address").toLowerCase(Locale.ROOT);
        if (!ADDRESS.matcher(lower).matches()) {
            throw new IllegalArgumentException("an Ethereum address is 0x and 40 hex digits");
        }
        return lower;
    }

    /** A nonce just taken by {@code withdrawalId}. */
    public static NonceAssignment assigned(long chainId, String address, long nonce, UUID withdrawalId, Instant now) {
        return new NonceAssignment(chainId, address, nonce, withdrawalId, ASSIGNED, false, List.of(), null, null,
                null, now, null, null, 0);
    }

    /** The hash the nonce is known by now: the latest signed (or replacement) transaction; null before signing. */
    public String latestTxHash() {
        return txHashes.isEmpty() ? null : txHashes.get(txHashes.size() - 1);
    }

    /** The withdrawal's transaction is signed (persist before broadcasting it). */
    public NonceAssignment signed(UUID signer, NonceTransaction tx, Instant now) {
        if (txHashes.contains(tx.txHash()) && !released) {
            return this;
        }
        if (released || !withdrawalId.equals(signer)) {
            throw conflict("nonce " + nonce + " is no longer this withdrawal's to sign");
        }
        if (state != ASSIGNED) {
            throw conflict("nonce " + nonce + " is already signed with another transaction; re-send its raw bytes");
        }
        return next(SIGNED, append(tx), tx, null, now, null);
    }

    /**
     * A filler (a zero-value self-transfer, or any transaction) is signed at a gap. When the released withdrawal
     * had been signed, its transaction may be in a mempool, so the filler must outbid it.
     */
    public NonceAssignment filled(NonceTransaction filler, Instant now) {
        if (released && state != GAP && txHashes.contains(filler.txHash())) {
            return this;
        }
        if (state != GAP) {
            throw conflict("nonce " + nonce + " is not a gap");
        }
        if (fees != null && !FeeBumper.outbids(fees, filler.fees())) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED,
                    "the filler must outbid the released transaction by at least 10%");
        }
        return next(SIGNED, append(filler), filler, null, now, null);
    }

    /** The transaction {@code txHash} was handed to the network. */
    public NonceAssignment broadcast(String txHash, Instant now) {
        requireKnown(txHash);
        if (state == BROADCAST || state == MINED) {
            return this;
        }
        if (state != SIGNED) {
            throw conflict("nonce " + nonce + " is " + state + "; its transaction must not be broadcast");
        }
        return next(BROADCAST, txHashes, null, null, signedAt, now);
    }

    /**
     * A replacement of the stuck {@code replacedTxHash} is signed (persist before broadcasting it); the age for
     * {@code stuck} restarts. Fails unless the replacement outbids the latest transaction as nodes require.
     */
    public NonceAssignment replaced(String replacedTxHash, NonceTransaction replacement, Instant now) {
        if (state == MINED || txHashes.contains(replacement.txHash())) {
            return this;
        }
        if (state != BROADCAST || !latestTxHash().equalsIgnoreCase(replacedTxHash)) {
            throw conflict("nonce " + nonce + " is " + state + " with latest transaction " + latestTxHash());
        }
        if (!FeeBumper.outbids(fees, replacement.fees())) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED,
                    "a replacement must raise both fees by at least 10%");
        }
        return next(BROADCAST, append(replacement), replacement, null, now, now);
    }

    /** The transaction {@code txHash}, one of the nonce's, is in a block (with enough confirmations). */
    public NonceAssignment mined(String txHash, Instant now) {
        requireKnown(txHash);
        if (state == MINED) {
            if (!minedTxHash.equals(txHash.toLowerCase(Locale.ROOT))) {
                throw conflict("nonce " + nonce + " was mined with another transaction");
            }
            return this;
        }
        return next(MINED, txHashes, null, txHash.toLowerCase(Locale.ROOT), signedAt, broadcastAt);
    }

    /** The withdrawal gives the nonce up below the highest nonce (or after signing): it becomes a gap. */
    public NonceAssignment gap() {
        if (state == GAP) {
            return this;
        }
        if (state != ASSIGNED && state != SIGNED) {
            throw conflict("nonce " + nonce + " is " + state + "; a sent transaction cannot be released");
        }
        return new NonceAssignment(chainId, address, nonce, withdrawalId, GAP, true, txHashes, fees, rawTx,
                null, assignedAt, signedAt, broadcastAt, version + 1);
    }

    /** The next version; {@code tx}, when given, brings the new fees and raw bytes. */
    private NonceAssignment next(NonceState target, List<String> hashes, NonceTransaction tx, String mined,
                                 Instant signedTime, Instant broadcastTime) {
        return new NonceAssignment(chainId, address, nonce, withdrawalId, target, released, hashes,
                tx == null ? fees : tx.fees(), tx == null ? rawTx : tx.rawTx(), mined, assignedAt, signedTime,
                broadcastTime, version + 1);
    }

    private List<String> append(NonceTransaction tx) {
        List<String> hashes = new ArrayList<>(txHashes);
        hashes.add(tx.txHash());
        return hashes;
    }

    private void requireKnown(String txHash) {
        if (txHash == null || !txHashes.contains(txHash.toLowerCase(Locale.ROOT))) {
            throw conflict("transaction " + txHash + " was never signed at nonce " + nonce);
        }
    }

    private static PlatformException conflict(String detail) {
        return new PlatformException(ErrorCode.CONFLICT, detail);
    }
}
