package io.usdtcustody.matching.transfers;

import io.usdtcustody.matching.api.AccountIds;
import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.transfers.WithdrawalRecord.State;
import io.usdtcustody.matching.transfers.port.WithdrawalPublisher;
import io.usdtcustody.matching.transfers.port.WithdrawalRecords;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Withdrawals from trading back to funding. The record is saved before the engine sees the WITHDRAW (its
 * transfer id derives from the tenant and Idempotency-Key), so whatever a crash interrupts is finished by
 * {@link #finishUnpublished()}: a pending withdrawal is submitted again with the same transfer id (the engine
 * applies an id once: a repeat is {@code TRANSFER_ALREADY_APPLIED}), and an applied one is published until
 * Kinesis takes it. The debit reserves nothing: it takes available balance or is refused (422) and forgotten.
 */
public final class TradingWithdrawals {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final int LOCK_STRIPES = 64;
    private static final long DURABLE_WAIT_SECONDS = 30;
    private static final System.Logger LOG = System.getLogger(TradingWithdrawals.class.getName());

    private final MatchingCore core;
    private final WithdrawalRecords records;
    private final WithdrawalPublisher publisher;
    private final TradingAsset asset;
    private final Clock clock;
    private final Object[] locks = new Object[LOCK_STRIPES];

    public TradingWithdrawals(MatchingCore core, WithdrawalRecords records, WithdrawalPublisher publisher,
            TradingAsset asset, Clock clock) {
        this.core = core;
        this.records = records;
        this.publisher = publisher;
        this.asset = asset;
        this.clock = clock;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** What {@link #withdraw} did, and whether an earlier request with the same key did it. */
    public record Withdrawn(WithdrawalRecord withdrawal, boolean replayed) {
    }

    /**
     * Debits {@code amount} (a decimal string of the trading asset) from the tenant's trading account and tells
     * custody, once per (tenant, idempotency key). Refusals are {@link PlatformException}s: 400 bad input, 409 the
     * key was used for another withdrawal, 422 not enough available balance, 503 the engine is busy.
     */
    public Withdrawn withdraw(String tenant, String idempotencyKey, String account, String amount)
            throws InterruptedException {
        long accountId = AccountIds.of(tenant, account);
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw PlatformException.validation(
                    "Idempotency-Key must be 1-128 characters of letters, digits and . _ : -", List.of());
        }
        long units = units(amount);
        UUID transferId = UUID.nameUUIDFromBytes(("trading-withdrawal:" + tenant + ":" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8));
        synchronized (lock(transferId)) {
            var existing = records.find(transferId);
            if (existing.isPresent()) {
                if (!existing.get().samePayload(account, units)) {
                    throw new PlatformException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                            "this Idempotency-Key was already used for a different withdrawal");
                }
                return new Withdrawn(advance(existing.get(), accountId), true);
            }
            WithdrawalRecord pending = new WithdrawalRecord(transferId, tenant, account, units, clock.instant(),
                    State.PENDING);
            records.save(pending);
            return new Withdrawn(advance(pending, accountId), false);
        }
    }

    /** A withdrawal's amount as a decimal string of the trading asset. */
    public String amount(WithdrawalRecord withdrawal) {
        return asset.decimal(withdrawal.units());
    }

    /** Finishes every withdrawal a crash or an outage left pending or unpublished; returns how many it published. */
    public int finishUnpublished() throws InterruptedException {
        int published = 0;
        for (WithdrawalRecord record : records.unpublished()) {
            synchronized (lock(record.transferId())) {
                try {
                    WithdrawalRecord now = advance(record, AccountIds.of(record.tenant(), record.account()));
                    published += now.state() == State.PUBLISHED ? 1 : 0;
                } catch (PlatformException e) {
                    LOG.log(System.Logger.Level.WARNING, "withdrawal " + record.transferId() + " not finished: "
                            + e.errorCode());
                }
            }
        }
        return published;
    }

    /** Takes a withdrawal as far as it goes: applied in the engine, then published. */
    private WithdrawalRecord advance(WithdrawalRecord record, long accountId) throws InterruptedException {
        WithdrawalRecord current = record;
        if (current.state() == State.PENDING) {
            ResultCode code = debit(current, accountId);
            if (code != ResultCode.SUCCESS && code != ResultCode.TRANSFER_ALREADY_APPLIED) {
                records.delete(current.transferId());
                throw code == ResultCode.INSUFFICIENT_FUNDS
                        ? new PlatformException(ErrorCode.INSUFFICIENT_FUNDS, "the available trading balance is too low")
                        : PlatformException.validation("the engine refused the withdrawal: " + code, List.of());
            }
            current = current.in(State.APPLIED);
            records.save(current);
        }
        if (current.state() == State.APPLIED) {
            try {
                publisher.publish(current);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "withdrawal " + current.transferId()
                        + " applied, not yet published (will retry): " + e.getClass().getSimpleName());
                return current;
            }
            current = current.in(State.PUBLISHED);
            records.save(current);
        }
        return current;
    }

    private ResultCode debit(WithdrawalRecord record, long accountId) throws InterruptedException {
        Command withdraw = new Command().transfer(CommandType.WITHDRAW, 0, accountId, asset.assetId(), record.units(),
                record.transferId().getMostSignificantBits(), record.transferId().getLeastSignificantBits());
        try {
            CommandOutcome outcome = core.submit(withdraw).get(DURABLE_WAIT_SECONDS, TimeUnit.SECONDS);
            return outcome.code();
        } catch (ExecutionException | TimeoutException e) {
            // not taken this time, or not durable yet; an earlier attempt may have been journaled, so the record
            // stays pending and finishUnpublished() (or the client's retry with the same key) settles it
            throw new PlatformException(ErrorCode.UNAVAILABLE, "the withdrawal is in progress; retry with the same key");
        }
    }

    private long units(String amount) {
        try {
            return asset.units(amount);
        } catch (RuntimeException e) {
            throw PlatformException.validation("amount must be a positive decimal with at most " + asset.scale()
                    + " decimals", List.of());
        }
    }

    private Object lock(UUID transferId) {
        return locks[Math.floorMod(transferId.hashCode(), LOCK_STRIPES)];
    }
}
