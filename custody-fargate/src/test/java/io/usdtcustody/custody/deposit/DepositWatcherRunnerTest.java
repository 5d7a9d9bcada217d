package io.usdtcustody.custody.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.adapter.InMemoryDepositAddresses;
import io.usdtcustody.custody.deposit.adapter.InMemoryDepositCursorStore;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DepositWatcherRunnerTest {
    private static final String ALICE = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    private static final String SENDER = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";

    private final TenantId tenant = TenantId.of("acme");
    private final FakeChain chain = new FakeChain(10);
    private final InMemoryLedger ledger = new InMemoryLedger(Clock.systemUTC(), new LedgerEvents(new JsonCodec()));
    private final InMemoryDepositAddresses addresses = new InMemoryDepositAddresses((c, i) -> ALICE);
    private final DepositWatcher watcher = new DepositWatcher(
            new DepositWatcherSettings("0xdac17f958d2ee523a2206206994597c13d831ec7", 1, 10), chain, addresses,
            (c, a) -> Optional.empty(), new DepositBooking(ledger, new JsonCodec(), Clock.systemUTC()),
            new InMemoryDepositCursorStore());
    private final AccountId funding = AccountId.customer(tenant, "alice", Asset.USDT_ETHEREUM, AccountPurpose.FUNDING);

    @Test
    void start_shouldKeepPollingAndCredit_whenEarlierPollsFailed() throws InterruptedException {
        addresses.register(new DepositAddress(tenant, "alice", Chain.ETHEREUM, ALICE, 0));
        chain.transfer(SENDER, ALICE, 7_000_000);
        chain.failNextCalls(3);

        try (DepositWatcherRunner runner = new DepositWatcherRunner(watcher, Duration.ofMillis(5))) {
            runner.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (ledger.balance(tenant, funding).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }

        assertThat(ledger.balance(tenant, funding)).contains(Amount.of(7_000_000, Asset.USDT_ETHEREUM));
    }

    @Test
    void constructor_shouldRefuse_whenTheIntervalIsNotPositive() {
        assertThatThrownBy(() -> new DepositWatcherRunner(watcher, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
