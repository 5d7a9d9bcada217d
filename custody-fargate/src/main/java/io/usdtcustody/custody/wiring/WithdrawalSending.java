package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.usdtcustody.custody.withdrawal.sending.EthereumWithdrawalSender;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves approved withdrawals to the chain and follows them to confirmation; every pass is idempotent. */
@Singleton
@Requires(beans = EthereumWithdrawalSender.class)
public class WithdrawalSending {
    private static final Logger LOG = LoggerFactory.getLogger(WithdrawalSending.class);
    private final EthereumWithdrawalSender sender;

    public WithdrawalSending(EthereumWithdrawalSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelay = "${custody.withdrawals.send-interval:1s}", initialDelay = "2s")
    void send() {
        try {
            sender.runOnce();
        } catch (RuntimeException e) {
            LOG.warn("withdrawal sending pass failed, will retry: {}", e.getClass().getSimpleName());
        }
    }
}
