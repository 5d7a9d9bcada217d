package io.usdtcustody.custody.deposit.travelrule;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.deposit.DepositBooking;
import io.usdtcustody.custody.deposit.TokenTransfer;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A confirmed deposit the Travel Rule holds in the tenant's suspense account: who it is for ({@code owner}), the
 * on-chain log, the confirmations it had when booked, its {@code state} and hold {@code reason} (a stable code)
 * with a {@code detail} for people (no personal data), and, once decided, who resolved it, their note and when.
 * {@code version} guards every change (compare-and-set).
 */
public record HeldDeposit(DepositAddress owner, TokenTransfer transfer, int confirmations, State state, String reason,
                          String detail, Instant heldAt, String resolvedBy, String resolutionNote, Instant resolvedAt,
                          long version) {

    /** Where a held deposit stands. */
    public enum State {
        /** In suspense, waiting for Travel Rule data or an operator. */
        HELD,
        /** Credited to the customer (valid data arrived, or an operator released it). */
        RELEASED,
        /** Refused by an operator; the funds stay in suspense, to be returned to the sender. */
        REJECTED
    }

    public HeldDeposit {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(heldAt, "heldAt");
        if ((state == State.HELD) != (resolvedBy == null) || (resolvedBy == null) != (resolvedAt == null)) {
            throw new IllegalArgumentException("a held deposit is resolved (by someone, at a time) unless HELD");
        }
    }

    /** A new hold, version 0. */
    public static HeldDeposit held(DepositAddress owner, TokenTransfer transfer, int confirmations, String reason,
                                   String detail, Instant at) {
        return new HeldDeposit(owner, transfer, confirmations, State.HELD, reason, detail, at, null, null, null, 0);
    }

    /** The deposit id: the ledger transfer id of its booking. */
    public UUID id() {
        return DepositBooking.transferId(Chain.ETHEREUM, transfer);
    }

    public Amount amount() {
        return Amount.fromOnChain(transfer.value(), Asset.USDT_ETHEREUM);
    }

    /** Still held, for another reason. */
    public HeldDeposit withReason(String newReason, String newDetail) {
        return new HeldDeposit(owner, transfer, confirmations, state, newReason, newDetail, heldAt, null, null, null,
                version + 1);
    }

    /** Released or rejected by {@code by}, with their note. */
    public HeldDeposit resolved(State outcome, String by, String note, Instant at) {
        if (outcome == State.HELD) {
            throw new IllegalArgumentException("a resolution releases or rejects");
        }
        return new HeldDeposit(owner, transfer, confirmations, outcome, reason, detail, heldAt, by, note, at,
                version + 1);
    }
}
