package io.usdtcustody.matching.transfers;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Polls {@code trading-transfers} and finishes withdrawals a crash or a Kinesis outage left unpublished. Each
 * run is idempotent; a failed run is logged and the next one starts from the saved positions and records.
 */
@Singleton
@Requires(beans = {TransferStreamConsumer.class, TradingWithdrawals.class})
public class TransferJobs {
    private static final System.Logger LOG = System.getLogger(TransferJobs.class.getName());

    private final TransferStreamConsumer consumer;
    private final TradingWithdrawals withdrawals;

    public TransferJobs(TransferStreamConsumer consumer, TradingWithdrawals withdrawals) {
        this.consumer = consumer;
        this.withdrawals = withdrawals;
    }

    @Scheduled(fixedDelay = "${matching.transfers.poll-interval:500ms}", initialDelay = "1s")
    void pollTransfers() {
        try {
            consumer.pollOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "trading transfers poll failed, will retry: "
                    + e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelay = "${matching.transfers.withdrawals.retry-interval:5s}", initialDelay = "1s")
    void finishWithdrawals() {
        try {
            withdrawals.finishUnpublished();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "unpublished withdrawals pass failed, will retry: "
                    + e.getClass().getSimpleName());
        }
    }
}
