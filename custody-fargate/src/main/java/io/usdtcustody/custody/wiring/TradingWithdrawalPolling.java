package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.usdtcustody.custody.trading.adapter.KinesisTradingWithdrawals;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls matching's withdrawals from trading; a poll that fails starts again from the saved position. */
@Singleton
@Requires(beans = KinesisTradingWithdrawals.class)
public class TradingWithdrawalPolling {
    private static final Logger LOG = LoggerFactory.getLogger(TradingWithdrawalPolling.class);
    private final KinesisTradingWithdrawals withdrawals;

    public TradingWithdrawalPolling(KinesisTradingWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Scheduled(fixedDelay = "${custody.trading.consumer.poll-interval:500ms}", initialDelay = "1s")
    void poll() {
        try {
            withdrawals.pollOnce();
        } catch (RuntimeException e) {
            LOG.warn("trading withdrawals poll failed, will retry: {}", e.getClass().getSimpleName());
        }
    }
}
