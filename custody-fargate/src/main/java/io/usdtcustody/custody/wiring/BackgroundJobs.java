package io.usdtcustody.custody.wiring;

import io.micronaut.scheduling.annotation.Scheduled;
import io.usdtcustody.custody.events.OutboxRelay;
import io.usdtcustody.custody.withdrawal.WithdrawalService;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Custody's background work: relaying committed events to Kinesis, and finishing withdrawal steps a crash
 * left half-done. Each run is idempotent, so overlapping replicas or a restart mid-run do no harm.
 */
@Singleton
public class BackgroundJobs {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

    private final OutboxRelay relay;
    private final WithdrawalService withdrawals;

    public BackgroundJobs(OutboxRelay relay, WithdrawalService withdrawals) {
        this.relay = relay;
        this.withdrawals = withdrawals;
    }

    @Scheduled(fixedDelay = "${custody.outbox.relay-interval:250ms}", initialDelay = "1s")
    void relayOutbox() {
        try {
            relay.drainOnce();
        } catch (RuntimeException e) {
            LOG.warn("outbox relay pass failed, will retry: {}", e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelay = "${custody.withdrawals.recovery-interval:30s}", initialDelay = "5s")
    void recoverWithdrawals() {
        try {
            int driven = withdrawals.recover(100);
            if (driven > 0) {
                LOG.info("recovered {} withdrawals", driven);
            }
        } catch (RuntimeException e) {
            LOG.warn("withdrawal recovery pass failed, will retry: {}", e.getClass().getSimpleName());
        }
    }
}
