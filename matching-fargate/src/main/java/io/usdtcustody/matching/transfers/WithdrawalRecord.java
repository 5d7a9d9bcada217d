package io.usdtcustody.matching.transfers;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A withdrawal from trading back to funding, as matching keeps it until custody has been told: who, how much (in
 * the engine's units of the trading asset), when it was asked for, and how far it got. {@code PENDING}: asked
 * for, maybe journaled; {@code APPLIED}: the debit is journaled; {@code PUBLISHED}: the event is on the stream.
 */
public record WithdrawalRecord(UUID transferId, String tenant, String account, long units, Instant requestedAt,
                               State state) {
    /** How far a withdrawal got. */
    public enum State { PENDING, APPLIED, PUBLISHED }

    public WithdrawalRecord {
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(state, "state");
        if (units <= 0) {
            throw new IllegalArgumentException("a withdrawal amount is positive");
        }
    }

    public WithdrawalRecord in(State next) {
        return new WithdrawalRecord(transferId, tenant, account, units, requestedAt, next);
    }

    /** Whether a retry names the same withdrawal (same key → same id; the rest must match too). */
    public boolean samePayload(String otherAccount, long otherUnits) {
        return account.equals(otherAccount) && units == otherUnits;
    }
}
