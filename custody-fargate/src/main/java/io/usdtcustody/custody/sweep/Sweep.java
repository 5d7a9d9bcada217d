package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.address.DepositAddress;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One sweep of a deposit address's tokens to the hot wallet: the amount is fixed when the sweep starts (the
 * token balance then), so the transaction built after a crash is the same one. {@code topUpRound} counts gas
 * top-ups (0 = none yet) and {@code topUpWei} is the value of the current one; {@code txHash} is the sweep
 * transaction's hash once signed (the mined one once confirmed). {@code version} guards every transition.
 */
public record Sweep(UUID id, DepositAddress address, BigInteger amount, SweepState state, int topUpRound,
                    BigInteger topUpWei, String txHash, String reason, Instant createdAt, Instant updatedAt,
                    long version) {

    public Sweep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(topUpWei, "topUpWei");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a sweep moves a positive amount");
        }
        if (topUpRound < 0 || topUpWei.signum() < 0) {
            throw new IllegalArgumentException("top-ups are counted from 0 and never negative");
        }
    }

    /** A new sweep of {@code amount} token units from {@code address}. */
    public static Sweep start(UUID id, DepositAddress address, BigInteger amount, Instant now) {
        return new Sweep(id, address, amount, SweepState.NEW, 0, BigInteger.ZERO, null, null, now, now, 0);
    }

    /** The nonce-manager id of top-up {@code round}: derived from the sweep, so a retried step finds its record. */
    public UUID topUpId(int round) {
        return UUID.nameUUIDFromBytes(("sweep-top-up:" + id + ":" + round).getBytes(StandardCharsets.UTF_8));
    }

    /** The ledger transfer id of this sweep's booking: the ledger applies it once. */
    public UUID transferId() {
        return UUID.nameUUIDFromBytes(("sweep:" + id).getBytes(StandardCharsets.UTF_8));
    }

    public Sweep moveTo(SweepState next, Instant now) {
        return new Sweep(id, address, amount, next, topUpRound, topUpWei, txHash, reason, createdAt, now, version + 1);
    }

    public Sweep toppingUp(int round, BigInteger wei, Instant now) {
        return new Sweep(id, address, amount, SweepState.TOPPING_UP, round, wei, txHash, reason, createdAt, now,
                version + 1);
    }

    public Sweep withTransaction(SweepState next, String hash, Instant now) {
        return new Sweep(id, address, amount, next, topUpRound, topUpWei, hash, reason, createdAt, now, version + 1);
    }

    public Sweep failed(String why, Instant now) {
        return new Sweep(id, address, amount, SweepState.FAILED, topUpRound, topUpWei, txHash, why, createdAt, now,
                version + 1);
    }
}
