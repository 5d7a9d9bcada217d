package io.usdtcustody.custody.deposit;

import static io.usdtcustody.custody.deposit.LocalChainFixture.CONFIRMATIONS;
import static io.usdtcustody.custody.deposit.LocalChainFixture.noSanctions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.events.wallet.WalletEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reorganisations on the local chain, made with {@code evm_snapshot}/{@code evm_revert}. Reverting changes the
 * chain for everything in this JVM, so every revert test lives here and each reverts only what it made itself.
 */
@LocalCloudTest({Service.DYNAMODB, Service.EVM})
class DepositWatcherReorgIT {
    private static final long USDT_25 = 25_000_000L;

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
    void pollOnce_shouldNeverCredit_whenTheWatcherSawTheDepositBeforeItsBlockWasReorganisedAway() {
        String alice = chain.customer("alice");
        AccountId funding = chain.funding("alice");
        DepositWatcher watcher = chain.watcher(noSanctions(), chain.latest() + 1);
        String snapshot = chain.snapshot();
        long block = chain.mint(alice, USDT_25);
        chain.mine(1);
        PollResult seen = watcher.pollOnce();

        chain.revert(snapshot);
        chain.mint(chain.unknownAddress(), 1); // the replacing chain differs from the first block on
        chain.mine(CONFIRMATIONS + 1);
        PollResult after = watcher.pollOnce();

        assertThat(seen.pending()).hasSize(1);
        assertThat(seen.credited()).isZero();
        assertThat(after.credited()).isZero();
        assertThat(after.pending()).isEmpty();
        assertThat(after.cursor().orElseThrow().blockNumber()).isGreaterThanOrEqualTo(block);
        assertThat(chain.balance(funding)).isZero();
        assertThat(chain.outbox(funding.key(), WalletEvents.DEPOSIT_CREDITED.type())).isEmpty();
    }

    @Test
    void pollOnce_shouldCreditOnlyTheReplacingDeposit_whenTheOriginalWasReorganisedAwayUnseen() {
        String bob = chain.customer("bob");
        DepositWatcher watcher = chain.watcher(noSanctions(), chain.latest() + 1);
        String snapshot = chain.snapshot();
        chain.mint(bob, USDT_25);
        chain.mine(CONFIRMATIONS);

        chain.revert(snapshot);
        chain.mint(bob, 7_000_000);
        chain.mine(CONFIRMATIONS);
        PollResult result = watcher.pollOnce();

        assertThat(result.credited()).isEqualTo(1);
        assertThat(chain.balance(chain.funding("bob"))).isEqualTo(7_000_000);
        assertThat(chain.journal(chain.funding("bob"))).hasSize(1);
    }

    @Test
    void pollOnce_shouldFailClosed_whenTheCursorBlockItselfWasReorganisedAway() {
        String carol = chain.customer("carol");
        DepositWatcher watcher = chain.watcher(noSanctions(), chain.latest() + 1);
        String snapshot = chain.snapshot();
        chain.mine(CONFIRMATIONS + 1);
        long cursorBlock = watcher.pollOnce().cursor().orElseThrow().blockNumber();

        chain.revert(snapshot);
        chain.mint(carol, USDT_25);
        chain.mine(CONFIRMATIONS + 1);

        assertThatThrownBy(watcher::pollOnce).isInstanceOf(ChainReorganizedException.class);
        assertThat(chain.cursor()).get().extracting(DepositCursor::blockNumber).isEqualTo(cursorBlock);
        assertThat(chain.balance(chain.funding("carol"))).isZero();
    }
}
