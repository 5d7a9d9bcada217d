package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.usdtcustody.custody.sweep.DepositSweeper;
import io.usdtcustody.custody.sweep.SweepPlanner;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps deposit addresses to the hot wallet: starts sweeps for due addresses, then moves every active sweep one
 * step. Each pass is idempotent, so a restart mid-pass or overlapping replicas do no harm.
 */
@Singleton
@Requires(beans = DepositSweeper.class)
public class DepositSweeping {
    private static final Logger LOG = LoggerFactory.getLogger(DepositSweeping.class);
    private final SweepPlanner planner;
    private final DepositSweeper sweeper;

    public DepositSweeping(SweepPlanner planner, DepositSweeper sweeper) {
        this.planner = planner;
        this.sweeper = sweeper;
    }

    @Scheduled(fixedDelay = "${custody.sweeps.interval:5s}", initialDelay = "3s")
    void sweep() {
        try {
            planner.planOnce();
            sweeper.runOnce();
        } catch (RuntimeException e) {
            LOG.warn("deposit sweep pass failed, will retry: {}", e.getClass().getSimpleName());
        }
    }
}
