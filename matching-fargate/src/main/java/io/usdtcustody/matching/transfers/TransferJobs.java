package io.usdtcustody.matching.transfers;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls {@code trading-transfers} and finishes withdrawals a crash or a Kinesis outage left unpublished, on one
 * thread of its own. Each run is idempotent; a failed run is logged and the next one starts from the saved
 * positions and records. Not Micronaut's {@code @Scheduled}: a scheduled run that fires while the context shuts
 * down looks its bean up again, which would start a second matching core on the journal being closed; this
 * executor is stopped (and its running pass awaited) before the core closes.
 */
@Context
@Requires(beans = {TransferStreamConsumer.class, TradingWithdrawals.class})
public class TransferJobs implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TransferJobs.class.getName());

    private final TransferStreamConsumer consumer;
    private final TradingWithdrawals withdrawals;
    private final Duration pollInterval;
    private final Duration retryInterval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "trading-transfers");
        thread.setDaemon(true);
        return thread;
    });

    public TransferJobs(TransferStreamConsumer consumer, TradingWithdrawals withdrawals,
            @Value("${matching.transfers.poll-interval:500ms}") Duration pollInterval,
            @Value("${matching.transfers.withdrawals.retry-interval:5s}") Duration retryInterval) {
        this.consumer = consumer;
        this.withdrawals = withdrawals;
        this.pollInterval = pollInterval;
        this.retryInterval = retryInterval;
    }

    @PostConstruct
    void start() {
        executor.scheduleWithFixedDelay(this::pollTransfers, 1_000, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::finishWithdrawals, 1_000, retryInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    @Override
    public void close() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.log(System.Logger.Level.WARNING, "a trading transfers pass did not end within 30 s");
        }
    }

    private void pollTransfers() {
        try {
            consumer.pollOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "trading transfers poll failed, will retry: "
                    + e.getClass().getSimpleName());
        }
    }

    private void finishWithdrawals() {
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
