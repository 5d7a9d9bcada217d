package io.usdtcustody.custody.deposit;

import static io.usdtcustody.custody.deposit.LocalChainFixture.CONFIRMATIONS;
import static io.usdtcustody.custody.deposit.LocalChainFixture.noSanctions;
import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.KNOWN_LEI;
import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.audit.adapter.InMemoryAuditLog;
import io.usdtcustody.custody.deposit.travelrule.DepositTravelRule;
import io.usdtcustody.custody.deposit.travelrule.KnownVasps;
import io.usdtcustody.custody.deposit.travelrule.TravelRuleHolds;
import io.usdtcustody.custody.deposit.travelrule.adapter.DynamoDbHeldDepositStore;
import io.usdtcustody.custody.deposit.travelrule.adapter.DynamoDbReceivedTravelRuleStore;
import io.usdtcustody.custody.deposit.travelrule.api.DepositController;
import io.usdtcustody.custody.deposit.travelrule.api.DepositViews;
import io.usdtcustody.custody.deposit.travelrule.api.IncomingTravelRuleController;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.events.wallet.WalletEvents;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.travelrule.AssetPrice;
import io.usdtcustody.model.travelrule.AssetPrices;
import io.usdtcustody.model.travelrule.DepositHoldEvents;
import io.usdtcustody.model.travelrule.TravelRuleDecider;
import io.usdtcustody.model.travelrule.TravelRuleThresholds;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Travel Rule on deposits on the local chain (ganache), with the DynamoDB ledger, stores and outbox: a large
 * deposit without data is held in suspense; the originating VASP's data, submitted through the API, credits it
 * exactly once; a small deposit is credited as before.
 */
@LocalCloudTest({Service.DYNAMODB, Service.EVM})
class DepositTravelRuleIT {
    private static final long USDT_1500 = 1_500_000_000L;
    private static final long USDT_25 = 25_000_000L;

    private final JsonCodec codec = new JsonCodec();
    private final Clock clock = Clock.systemUTC();
    private LocalChainFixture chain;
    private TravelRuleHolds holds;
    private IncomingTravelRuleController incoming;
    private DepositController deposits;
    private DepositBooking booking;

    @BeforeEach
    void fixture(DynamoDbClient dynamoDb, ResourceNaming naming, EvmNode evm) {
        chain = new LocalChainFixture(dynamoDb, naming, evm);
        booking = chain.booking();
        String wallets = naming.table(ResourceCatalogue.WALLETS);
        var received = new DynamoDbReceivedTravelRuleStore(dynamoDb, wallets, codec);
        AssetPrices prices = AssetPrices.of(clock.instant(), new AssetPrice("USDT", "USD", BigDecimal.ONE));
        holds = new TravelRuleHolds(new DepositTravelRule(new TravelRuleDecider(TravelRuleThresholds.defaults(codec)),
                "FATF", () -> prices, KnownVasps.parse(KNOWN_LEI), clock), received,
                new DynamoDbHeldDepositStore(dynamoDb, wallets,
                        new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), codec)),
                booking, new InMemoryAuditLog(clock), clock);
        incoming = new IncomingTravelRuleController(received, holds, chain.addresses, codec, clock);
        deposits = new DepositController(new DepositViews(chain.ledger, holds), holds, codec);
    }

    @AfterEach
    void close() {
        chain.close();
    }

    @Test
    void deposit_shouldBeHeldThenCreditedOnce_whenItsTravelRuleDataArrivesAfterConfirmation() {
        String alice = chain.customer("alice");
        String bob = chain.customer("bob");
        DepositWatcher watcher = chain.watcher(noSanctions(), chain.latest() + 1, booking, holds);
        chain.mint(alice, USDT_1500);
        chain.mint(bob, USDT_25);
        PollResult unconfirmed = watcher.pollOnce();
        TokenTransfer large = unconfirmed.pending().stream()
                .filter(t -> t.to().equals(alice.toLowerCase(Locale.ROOT))).findFirst().orElseThrow();

        chain.mine(CONFIRMATIONS);
        PollResult confirmed = watcher.pollOnce();
        String id = DepositBooking.transferId(Chain.ETHEREUM, large).toString();
        JsonNode held = codec.readTree(deposits.get(chain.tenant.value(), id).body());

        assertThat(confirmed.credited()).isEqualTo(1);
        assertThat(confirmed.held()).isEqualTo(1);
        assertThat(chain.balance(chain.funding("bob"))).isEqualTo(USDT_25);
        assertThat(chain.balance(chain.funding("alice"))).isZero();
        assertThat(chain.balance(chain.platform(AccountPurpose.SUSPENSE))).isEqualTo(USDT_1500);
        assertThat(held.get("state").asText()).isEqualTo("HELD");
        assertThat(held.get("reason").asText()).isEqualTo(PolicyReasons.TRAVEL_RULE_DATA_REQUIRED);
        assertThat(chain.outbox(chain.funding("alice").key(), DepositHoldEvents.DEPOSIT_HELD.type())).hasSize(1);
        assertThat(codec.readTree(deposits.held("platform", chain.tenant.value(), null).body())).singleElement()
                .satisfies(d -> assertThat(d.get("id").asText()).isEqualTo(id));

        var response = incoming.receive(chain.tenant.value(), "tr-1", body(large.txHash(), null, alice, KNOWN_LEI));
        incoming.receive(chain.tenant.value(), "tr-1", body(large.txHash(), null, alice, KNOWN_LEI));
        chain.mine(1);
        watcher.pollOnce();

        JsonNode answer = codec.readTree(response.body());
        assertThat(answer.get("deposits")).singleElement()
                .satisfies(d -> assertThat(d.get("state").asText()).isEqualTo("RELEASED"));
        assertThat(chain.balance(chain.funding("alice"))).isEqualTo(USDT_1500);
        assertThat(chain.balance(chain.platform(AccountPurpose.SUSPENSE))).isZero();
        assertThat(chain.outbox(chain.funding("alice").key(), WalletEvents.DEPOSIT_CREDITED.type())).hasSize(1);
        assertThat(chain.journal(chain.funding("alice"))).hasSize(1);
        assertThat(codec.readTree(deposits.get(chain.tenant.value(), id).body()).get("state").asText())
                .isEqualTo("RELEASED");
        assertThat(codec.readTree(deposits.held("platform", chain.tenant.value(), null).body())).isEmpty();
        assertThat(chain.ledger.trialBalance()).containsEntry(Asset.USDT_ETHEREUM, 0L);
    }
}
