package io.usdtcustody.custody.deposit;

import static io.usdtcustody.custody.deposit.LocalChainFixture.CONFIRMATIONS;
import static io.usdtcustody.custody.deposit.LocalChainFixture.noSanctions;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.screening.address.SanctionedAddresses;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.events.wallet.DepositCredited;
import io.usdtcustody.model.events.wallet.DepositQuarantined;
import io.usdtcustody.model.events.wallet.WalletEvents;
import io.usdtcustody.model.json.JsonCodec;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Deposits on the local chain (ganache) booked in the DynamoDB ledger. */
@LocalCloudTest({Service.DYNAMODB, Service.EVM})
class DepositWatcherIT {
    private static final long USDT_25 = 25_000_000L;

    private final JsonCodec codec = new JsonCodec();
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
    void pollOnce_shouldCreditOnceAfterNConfirmations_whenA25UsdtDepositArrives() {
        String alice = chain.customer("alice");
        AccountId funding = chain.funding("alice");
        DepositWatcher watcher = chain.watcher(noSanctions(), chain.latest() + 1);
        long block = chain.mint(alice, USDT_25);

        PollResult unconfirmed = watcher.pollOnce();
        chain.mine(CONFIRMATIONS - 2);
        PollResult oneShort = watcher.pollOnce();
        chain.mine(1);
        PollResult confirmed = watcher.pollOnce();
        PollResult again = watcher.pollOnce();

        assertThat(unconfirmed.pending()).singleElement()
                .satisfies(log -> assertThat(log.to()).isEqualTo(alice.toLowerCase(Locale.ROOT)));
        assertThat(unconfirmed.credited() + oneShort.credited()).isZero();
        assertThat(oneShort.pending()).hasSize(1);
        assertThat(confirmed.credited()).isEqualTo(1);
        assertThat(again.credited() + again.alreadyBooked()).isZero();
        assertThat(chain.balance(funding)).isEqualTo(USDT_25);
        assertThat(chain.balance(chain.platform(AccountPurpose.CHAIN_MIRROR))).isEqualTo(-USDT_25);
        assertThat(chain.journal(funding)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(TransferKind.DEPOSIT);
            assertThat(entry.reference()).matches("0x[0-9a-f]{64}:0");
        });
        assertThat(chain.outbox(funding.key(), WalletEvents.DEPOSIT_CREDITED.type())).singleElement()
                .satisfies(event -> {
                    DepositCredited payload = codec.unwrap(event, WalletEvents.DEPOSIT_CREDITED);
                    assertThat(payload.amount()).isEqualTo("25");
                    assertThat(payload.blockNumber()).isEqualTo(block);
                    assertThat(payload.confirmations()).isGreaterThanOrEqualTo(CONFIRMATIONS);
                    assertThat(payload.customerId()).isEqualTo(chain.customerId("alice"));
                    assertThat(event.tenantId()).isEqualTo(chain.tenant.value());
                });
    }

    @Test
    void pollOnce_shouldQuarantineAndAlert_whenTheSourceAddressIsSanctioned() {
        String bob = chain.customer("bob");
        String source = chain.account(5);
        chain.mint(source, USDT_25);
        SanctionedAddresses sanctions = SanctionedAddresses.load("test-ofac-list",
                new StringReader("0x" + source.substring(2).toUpperCase(Locale.ROOT) + "\n"));
        DepositWatcher watcher = chain.watcher(sanctions, chain.latest() + 1);

        chain.transfer(source, bob, USDT_25);
        chain.mine(CONFIRMATIONS - 1);
        PollResult result = watcher.pollOnce();

        AccountId funding = chain.funding("bob");
        assertThat(result.quarantined()).isEqualTo(1);
        assertThat(result.credited()).isZero();
        assertThat(chain.balance(chain.platform(AccountPurpose.QUARANTINE))).isEqualTo(USDT_25);
        assertThat(chain.balance(funding)).isZero();
        assertThat(chain.outbox(funding.key(), WalletEvents.DEPOSIT_CREDITED.type())).isEmpty();
        assertThat(chain.outbox(funding.key(), WalletEvents.DEPOSIT_QUARANTINED.type())).singleElement()
                .satisfies(event -> {
                    DepositQuarantined alert = codec.unwrap(event, WalletEvents.DEPOSIT_QUARANTINED);
                    assertThat(alert.list()).isEqualTo("test-ofac-list");
                    assertThat(alert.fromAddress()).isEqualTo(source.toLowerCase(Locale.ROOT));
                    assertThat(alert.amount()).isEqualTo("25");
                });
    }

    @Test
    void pollOnce_shouldBookNothing_whenTransfersGoElsewhereOrCarryNoValue() {
        String carol = chain.customer("carol");
        DepositWatcher watcher = chain.watcher(noSanctions(), chain.latest() + 1);

        chain.mint(chain.unknownAddress(), USDT_25);
        chain.mint(carol, 0);
        chain.mine(CONFIRMATIONS);
        PollResult result = watcher.pollOnce();

        assertThat(result.credited() + result.quarantined() + result.alreadyBooked()).isZero();
        assertThat(result.pending()).isEmpty();
        assertThat(chain.balance(chain.funding("carol"))).isZero();
    }
}
