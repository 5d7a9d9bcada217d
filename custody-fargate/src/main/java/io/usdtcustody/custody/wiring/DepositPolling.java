package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.usdtcustody.custody.deposit.DepositWatcher;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls the chain for deposits; each poll is idempotent, so overlapping replicas do no harm. */
@Singleton
@Requires(beans = DepositWatcher.class)
public class DepositPolling {
    private static final Logger LOG = LoggerFactory.getLogger(DepositPolling.class);
    private final DepositWatcher watcher;

    public DepositPolling(DepositWatcher watcher) {
        this.watcher = watcher;
    }

    @Scheduled(fixedDelay = "${custody.deposits.poll-interval:2s}", initialDelay = "2s")
    void poll() {
        try {
            watcher.pollOnce();
        } catch (RuntimeException e) {
            LOG.warn("deposit poll failed, will retry: {}", e.getClass().getSimpleName());
        }
    }
}
