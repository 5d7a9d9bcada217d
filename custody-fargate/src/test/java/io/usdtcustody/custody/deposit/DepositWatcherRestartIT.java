package io.usdtcustody.custody.deposit;

import static io.usdtcustody.custody.deposit.LocalChainFixture.CONFIRMATIONS;
import static io.usdtcustody.custody.deposit.LocalChainFixture.noSanctions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.events.wallet.WalletEvents;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A watcher that dies half-way, and a new one on the same persisted cursor: nothing lost, nothing doubled. */
@LocalCloudTest({Service.DYNAMODB, Service.EVM})
class DepositWatcherRestartIT {
    private LocalChainFixture chain;

    @BeforeEach
    void fixture(DynamoDbClient dynamoDb, ResourceNaming naming, EvmNode evm) {
        chain = new LocalChainFixture(dynamoDb, naming, evm);
    }

    @AfterEach
    void close() {
        chain.close();
    }

    @Test
    void pollOnce_shouldNeitherRepeatNorLoseACredit_whenTheWatcherDiedAfterCreditingBeforeSavingItsCursor() {
        String alice = chain.customer("alice");
        String bob = chain.customer("bob");
        long start = chain.latest() + 1;
        chain.mint(alice, 25_000_000);
        chain.mint(bob, 10_000_000);
        chain.mine(CONFIRMATIONS - 1);
        DepositWatcher dying = chain.watcher(noSanctions(), start, new CrashingCursorStore(chain.cursors),
                chain.ledger);
        assertThatThrownBy(dying::pollOnce).isInstanceOf(IllegalStateException.class);
        chain.mint(alice, 5_000_000);
        chain.mine(CONFIRMATIONS - 1);

        PollResult restarted = chain.watcher(noSanctions(), start).pollOnce();

        assertThat(restarted.alreadyBooked()).isEqualTo(2);
        assertThat(restarted.credited()).isEqualTo(1);
        assertBooked("alice", 30_000_000, 2);
        assertBooked("bob", 10_000_000, 1);
        assertThat(chain.balance(chain.platform(AccountPurpose.CHAIN_MIRROR))).isEqualTo(-40_000_000);
        assertThat(chain.cursor()).isPresent();
    }

    @Test
    void pollOnce_shouldBookTheRestOnce_whenTheWatcherDiedBetweenTwoCredits() {
        String alice = chain.customer("alice");
        String bob = chain.customer("bob");
        long start = chain.latest() + 1;
        chain.mint(alice, 25_000_000);
        chain.mint(bob, 10_000_000);
        chain.mine(CONFIRMATIONS - 1);
        DepositWatcher dying = chain.watcher(noSanctions(), start, chain.cursors, new FailingLedger(chain.ledger, 1));
        assertThatThrownBy(dying::pollOnce).isInstanceOf(IllegalStateException.class);
        assertThat(chain.cursor()).isEmpty();

        PollResult restarted = chain.watcher(noSanctions(), start).pollOnce();

        assertThat(restarted.alreadyBooked()).isEqualTo(1);
        assertThat(restarted.credited()).isEqualTo(1);
        assertBooked("alice", 25_000_000, 1);
        assertBooked("bob", 10_000_000, 1);
    }

    @Test
    void pollOnce_shouldCreditOnce_whenTwoWatchersPollTheSameChainAtOnce() {
        String carol = chain.customer("carol");
        long start = chain.latest() + 1;
        chain.mint(carol, 3_000_000);
        chain.mint(carol, 4_000_000);
        chain.mine(CONFIRMATIONS - 1);
        DepositWatcher first = chain.watcher(noSanctions(), start);
        DepositWatcher second = chain.watcher(noSanctions(), start);

        List<PollResult> results = List.of(CompletableFuture.supplyAsync(first::pollOnce),
                CompletableFuture.supplyAsync(second::pollOnce)).stream().map(CompletableFuture::join).toList();

        assertThat(results.stream().mapToInt(PollResult::credited).sum()).isEqualTo(2);
        assertBooked("carol", 7_000_000, 2);
    }

    private void assertBooked(String customer, long balance, int deposits) {
        AccountId funding = chain.funding(customer);
        assertThat(chain.balance(funding)).isEqualTo(balance);
        assertThat(chain.journal(funding)).hasSize(deposits);
        assertThat(chain.outbox(funding.key(), WalletEvents.DEPOSIT_CREDITED.type())).hasSize(deposits);
    }
}
