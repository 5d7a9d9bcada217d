package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumNode;
import io.usdtcustody.custody.treasury.TreasurySender;
import io.usdtcustody.custody.treasury.TreasuryService;
import io.usdtcustody.model.money.Amount;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks the hot wallet against its maximum and sends approved treasury moves; every pass is idempotent. */
@Singleton
@Requires(beans = TreasurySender.class)
public class TreasuryJobs {
    private static final Logger LOG = LoggerFactory.getLogger(TreasuryJobs.class);

    private final TreasuryService treasury;
    private final TreasurySender sender;
    private final EthereumNode node;
    private final String token;

    public TreasuryJobs(TreasuryService treasury, TreasurySender sender, EthereumNode node,
                        @Value("${usdt.erc20.contract}") String token) {
        this.treasury = treasury;
        this.sender = sender;
        this.node = node;
        this.token = token;
    }

    @Scheduled(fixedDelay = "${custody.treasury.check-interval:30s}", initialDelay = "5s")
    void sweepExcess() {
        try {
            var s = treasury.settings();
            treasury.sweepExcess(Amount.fromOnChain(node.tokenBalance(token, s.hotAddress()), s.asset()))
                    .ifPresent(m -> LOG.info("hot wallet above its maximum: sweeping {} to cold", m.amount()));
        } catch (RuntimeException e) {
            LOG.warn("hot wallet check failed, will retry: {}", e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelay = "${custody.treasury.send-interval:1s}", initialDelay = "3s")
    void send() {
        try {
            sender.runOnce();
        } catch (RuntimeException e) {
            LOG.warn("treasury sending pass failed, will retry: {}", e.getClass().getSimpleName());
        }
    }
}
