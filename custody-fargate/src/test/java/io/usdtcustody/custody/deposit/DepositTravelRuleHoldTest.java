package io.usdtcustody.custody.deposit;

import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.KNOWN_LEI;
import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.UNKNOWN_LEI;
import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.adapter.InMemoryDepositAddresses;
import io.usdtcustody.custody.audit.adapter.InMemoryAuditLog;
import io.usdtcustody.custody.deposit.adapter.InMemoryDepositCursorStore;
import io.usdtcustody.custody.deposit.travelrule.DepositTravelRule;
import io.usdtcustody.custody.deposit.travelrule.HeldDeposit;
import io.usdtcustody.custody.deposit.travelrule.KnownVasps;
import io.usdtcustody.custody.deposit.travelrule.ReceivedTravelRule;
import io.usdtcustody.custody.deposit.travelrule.TravelRuleHolds;
import io.usdtcustody.custody.deposit.travelrule.TravelRuleHolds.TokenRef;
import io.usdtcustody.custody.deposit.travelrule.adapter.InMemoryHeldDepositStore;
import io.usdtcustody.custody.deposit.travelrule.adapter.InMemoryReceivedTravelRuleStore;
import io.usdtcustody.custody.deposit.travelrule.port.HeldDepositStore;
import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.model.address.EthereumAddressCodec;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.events.wallet.DepositCredited;
import io.usdtcustody.model.events.wallet.WalletEvents;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.model.travelrule.AssetPrice;
import io.usdtcustody.model.travelrule.AssetPrices;
import io.usdtcustody.model.travelrule.DepositHeld;
import io.usdtcustody.model.travelrule.DepositHoldEvents;
import io.usdtcustody.model.travelrule.TravelRuleDecider;
import io.usdtcustody.model.travelrule.TravelRuleThresholds;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Travel Rule on deposits, through the watcher on a fake chain with the in-memory ledger and stores. */
class DepositTravelRuleHoldTest {
    private static final String TOKEN = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    private static final long USDT_2500 = 2_500_000_000L;
    private static final long USDT_25 = 25_000_000L;
    private static final int CONFIRMATIONS = 3;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private final Random random = new Random(7);
    private final JsonCodec codec = new JsonCodec();
    private final TenantId tenant = TenantId.of("acme");
    private final FakeChain chain = new FakeChain(100);
    private final InMemoryLedger ledger = new InMemoryLedger(CLOCK, new LedgerEvents(codec));
    private final InMemoryDepositAddresses addresses = new InMemoryDepositAddresses((c, i) -> randomAddress());
    private final InMemoryReceivedTravelRuleStore received = new InMemoryReceivedTravelRuleStore();
    private final InMemoryHeldDepositStore heldStore = new InMemoryHeldDepositStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog(CLOCK);
    private final DepositBooking booking = new DepositBooking(ledger, codec, CLOCK);
    private final String alice = register(tenant, "alice");
    private final String sender = randomAddress();
    private final AccountId aliceFunding = AccountId.customer(tenant, "alice", Asset.USDT_ETHEREUM, AccountPurpose.FUNDING);
    private final AccountId suspense = AccountId.platform(tenant, Asset.USDT_ETHEREUM, AccountPurpose.SUSPENSE);

    @Test
    void pollOnce_shouldHoldInSuspenseWithAnEvent_whenADepositAboveTheThresholdHasNoData() {
        TravelRuleHolds holds = holds(heldStore);
        TokenTransfer deposit = confirmed(USDT_2500);

        PollResult result = watcher(holds).pollOnce();

        assertThat(result.held()).isEqualTo(1);
        assertThat(result.credited()).isZero();
        assertThat(balance(aliceFunding)).isZero();
        assertThat(balance(suspense)).isEqualTo(USDT_2500);
        assertThat(ledger.trialBalance()).containsEntry(Asset.USDT_ETHEREUM, 0L);
        assertThat(holds.find(tenant, ref(deposit))).get().satisfies(held -> {
            assertThat(held.state()).isEqualTo(HeldDeposit.State.HELD);
            assertThat(held.reason()).isEqualTo(PolicyReasons.TRAVEL_RULE_DATA_REQUIRED);
            assertThat(held.id()).isEqualTo(DepositBooking.transferId(Chain.ETHEREUM, deposit));
        });
        assertThat(ledgerEvents(DepositHoldEvents.DEPOSIT_HELD.type())).singleElement().satisfies(event -> {
            assertThat(event.partitionKey()).isEqualTo(aliceFunding.key());
            DepositHeld payload = codec.unwrap(event.envelope(), DepositHoldEvents.DEPOSIT_HELD);
            assertThat(payload.reason()).isEqualTo(PolicyReasons.TRAVEL_RULE_DATA_REQUIRED);
            assertThat(payload.amount()).isEqualTo("2500");
        });
        assertThat(ledgerEvents(WalletEvents.DEPOSIT_CREDITED.type())).isEmpty();
    }

    @Test
    void received_shouldCreditExactlyOnce_whenValidDataArrivesAfterTheHold() {
        TravelRuleHolds holds = holds(heldStore);
        TokenTransfer deposit = confirmed(USDT_2500);
        DepositWatcher watcher = watcher(holds);
        watcher.pollOnce();

        List<HeldDeposit> now = holds.received(save(data(deposit, KNOWN_LEI)));
        holds.received(data(deposit, KNOWN_LEI));
        chain.mine();
        watcher.pollOnce();
        watcher(holds).pollOnce();

        assertThat(now).singleElement().satisfies(held -> {
            assertThat(held.state()).isEqualTo(HeldDeposit.State.RELEASED);
            assertThat(held.resolvedBy()).isEqualTo(TravelRuleHolds.RELEASED_BY_DATA);
        });
        assertThat(balance(aliceFunding)).isEqualTo(USDT_2500);
        assertThat(balance(suspense)).isZero();
        assertThat(ledger.trialBalance()).containsEntry(Asset.USDT_ETHEREUM, 0L);
        assertThat(ledgerEvents(WalletEvents.DEPOSIT_CREDITED.type())).singleElement().satisfies(event -> {
            DepositCredited payload = codec.unwrap(event.envelope(), WalletEvents.DEPOSIT_CREDITED);
            assertThat(payload.transferId()).isEqualTo(DepositBooking.transferId(Chain.ETHEREUM, deposit).toString());
            assertThat(payload.amount()).isEqualTo("2500");
        });
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.record().type()).isEqualTo("deposit.hold.released");
            assertThat(entry.record().details()).containsEntry("by", TravelRuleHolds.RELEASED_BY_DATA);
        });
    }

    @Test
    void pollOnce_shouldCreditRightAway_whenValidDataArrivedBeforeTheDeposit() {
        TravelRuleHolds holds = holds(heldStore);
        TokenTransfer deposit = chain.transfer(sender, alice, USDT_2500);
        save(data(deposit, KNOWN_LEI));
        chain.mine(CONFIRMATIONS);

        PollResult result = watcher(holds).pollOnce();

        assertThat(result.credited()).isEqualTo(1);
        assertThat(result.held()).isZero();
        assertThat(balance(aliceFunding)).isEqualTo(USDT_2500);
        assertThat(holds.find(tenant, ref(deposit))).isEmpty();
    }

    @Test
    void pollOnce_shouldCreditAsBefore_whenTheDepositIsBelowTheThreshold() {
        TravelRuleHolds holds = holds(heldStore);
        confirmed(USDT_25);

        PollResult result = watcher(holds).pollOnce();

        assertThat(result.credited()).isEqualTo(1);
        assertThat(balance(aliceFunding)).isEqualTo(USDT_25);
        assertThat(ledgerEvents(DepositHoldEvents.DEPOSIT_HELD.type())).isEmpty();
    }

    @Test
    void received_shouldKeepTheHoldForReviewWithANewReason_whenTheOriginatingVaspIsUnknown() {
        TravelRuleHolds holds = holds(heldStore);
        TokenTransfer deposit = confirmed(USDT_2500);
        watcher(holds).pollOnce();

        List<HeldDeposit> now = holds.received(save(data(deposit, UNKNOWN_LEI)));

        assertThat(now).singleElement().satisfies(held -> {
            assertThat(held.state()).isEqualTo(HeldDeposit.State.HELD);
            assertThat(held.reason()).isEqualTo(PolicyReasons.TRAVEL_RULE_COUNTERPARTY_UNKNOWN);
        });
        assertThat(balance(aliceFunding)).isZero();
        assertThat(heldStore.published()).singleElement().satisfies(event ->
                assertThat(codec.unwrap(event.envelope(), DepositHoldEvents.DEPOSIT_HELD).reason())
                        .isEqualTo(PolicyReasons.TRAVEL_RULE_COUNTERPARTY_UNKNOWN));
        assertThat(new String(codec.encode(heldStore.published().get(0).envelope()), StandardCharsets.UTF_8))
                .doesNotContain("Liddell", "Example Exchange", "Oxford");
    }

    @Test
    void release_shouldCreditOnceAndAudit_whenAnOperatorReleasesTwice() {
        TravelRuleHolds holds = holds(heldStore);
        TokenTransfer deposit = confirmed(USDT_2500);
        watcher(holds).pollOnce();

        HeldDeposit first = holds.release(tenant, ref(deposit), "ops-1", "counterparty verified by phone");
        HeldDeposit again = holds.release(tenant, ref(deposit), "ops-2", "again");

        assertThat(first.state()).isEqualTo(HeldDeposit.State.RELEASED);
        assertThat(again.resolvedBy()).isEqualTo("ops-1");
        assertThat(balance(aliceFunding)).isEqualTo(USDT_2500);
        assertThat(ledgerEvents(WalletEvents.DEPOSIT_CREDITED.type())).hasSize(1);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.record().type()).isEqualTo("deposit.hold.released");
            assertThat(entry.record().details()).containsEntry("by", "ops-1")
                    .containsEntry("reason", PolicyReasons.TRAVEL_RULE_DATA_REQUIRED);
        });
    }

    @Test
    void reject_shouldLeaveTheFundsInSuspenseAndRefuseALaterRelease_whenAnOperatorRejects() {
        TravelRuleHolds holds = holds(heldStore);
        TokenTransfer deposit = confirmed(USDT_2500);
        watcher(holds).pollOnce();

        HeldDeposit rejected = holds.reject(tenant, ref(deposit), "ops-1", "originator could not be verified");
        holds.received(save(data(deposit, KNOWN_LEI)));
        PlatformException refused = catchThrowableOfType(PlatformException.class,
                () -> holds.release(tenant, ref(deposit), "ops-2", "changed my mind"));

        assertThat(rejected.state()).isEqualTo(HeldDeposit.State.REJECTED);
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(balance(aliceFunding)).isZero();
        assertThat(balance(suspense)).isEqualTo(USDT_2500);
        assertThat(heldStore.published()).extracting(e -> e.envelope().type())
                .containsExactly(DepositHoldEvents.DEPOSIT_HOLD_REJECTED.type());
        assertThat(audit.entries()).extracting(e -> e.record().type()).containsExactly("deposit.hold.rejected");
    }

    @Test
    void release_shouldCreditOnce_whenTheProcessDiedBetweenTheLedgerAndTheHoldRecord() {
        CrashingHeldDepositStore crashing = new CrashingHeldDepositStore(heldStore);
        TravelRuleHolds holds = holds(crashing);
        TokenTransfer deposit = confirmed(USDT_2500);
        watcher(holds).pollOnce();
        crashing.crashOnNextUpdate = true;

        catchThrowableOfType(IllegalStateException.class,
                () -> holds.release(tenant, ref(deposit), "ops-1", "verified"));
        HeldDeposit stillHeld = holds.find(tenant, ref(deposit)).orElseThrow();
        HeldDeposit released = holds(heldStore).release(tenant, ref(deposit), "ops-1", "verified");

        assertThat(stillHeld.state()).isEqualTo(HeldDeposit.State.HELD);
        assertThat(released.state()).isEqualTo(HeldDeposit.State.RELEASED);
        assertThat(balance(aliceFunding)).isEqualTo(USDT_2500);
        assertThat(balance(suspense)).isZero();
        assertThat(ledgerEvents(WalletEvents.DEPOSIT_CREDITED.type())).hasSize(1);
    }

    @Test
    void pollOnce_shouldRecordAndReleaseTheHold_whenTheWatcherDiedBeforeRecordingItAndTheDataCameMeanwhile() {
        CrashingHeldDepositStore crashing = new CrashingHeldDepositStore(heldStore);
        TokenTransfer deposit = confirmed(USDT_2500);
        crashing.crashOnNextCreate = true;
        catchThrowableOfType(IllegalStateException.class, () -> watcher(holds(crashing)).pollOnce());
        save(data(deposit, KNOWN_LEI));

        PollResult again = watcher(holds(heldStore)).pollOnce();

        assertThat(again.credited() + again.held()).isZero();
        assertThat(balance(aliceFunding)).isEqualTo(USDT_2500);
        assertThat(balance(suspense)).isZero();
        assertThat(holds(heldStore).find(tenant, ref(deposit)).orElseThrow().state())
                .isEqualTo(HeldDeposit.State.RELEASED);
        assertThat(ledgerEvents(WalletEvents.DEPOSIT_CREDITED.type())).hasSize(1);
    }

    @Test
    void received_shouldReleaseNothing_whenTheDataCameFromAnotherTenant() {
        TravelRuleHolds holds = holds(heldStore);
        TokenTransfer deposit = confirmed(USDT_2500);
        watcher(holds).pollOnce();
        TenantId other = TenantId.of("other");
        String otherAddress = register(other, "mallory");

        ReceivedTravelRule foreign = new ReceivedTravelRule(other, Chain.ETHEREUM, deposit.txHash(), null,
                otherAddress, payload(alice, KNOWN_LEI), CLOCK.instant());
        List<HeldDeposit> now = holds.received(save(foreign));

        assertThat(now).isEmpty();
        assertThat(holds.find(tenant, ref(deposit)).orElseThrow().state()).isEqualTo(HeldDeposit.State.HELD);
        assertThat(balance(aliceFunding)).isZero();
    }

    /** A store that dies (as a killed process would) on the next update, after the ledger moved the money. */
    private static final class CrashingHeldDepositStore implements HeldDepositStore {
        private final HeldDepositStore delegate;
        boolean crashOnNextCreate;
        boolean crashOnNextUpdate;

        CrashingHeldDepositStore(HeldDepositStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean create(HeldDeposit held) {
            if (crashOnNextCreate) {
                crashOnNextCreate = false;
                throw new IllegalStateException("crashed");
            }
            return delegate.create(held);
        }

        @Override
        public Optional<HeldDeposit> find(TenantId tenant, Chain chain, String txHash, long logIndex) {
            return delegate.find(tenant, chain, txHash, logIndex);
        }

        @Override
        public List<HeldDeposit> forTransaction(TenantId tenant, Chain chain, String txHash) {
            return delegate.forTransaction(tenant, chain, txHash);
        }

        @Override
        public List<HeldDeposit> waiting(TenantId tenant, int limit) {
            return delegate.waiting(tenant, limit);
        }

        @Override
        public boolean update(HeldDeposit next, Optional<OutboxEvent> event) {
            if (crashOnNextUpdate) {
                crashOnNextUpdate = false;
                throw new IllegalStateException("crashed");
            }
            return delegate.update(next, event);
        }
    }

    private TravelRuleHolds holds(HeldDepositStore store) {
        AssetPrices prices = AssetPrices.of(CLOCK.instant(), new AssetPrice("USDT", "USD", BigDecimal.ONE));
        DepositTravelRule rule = new DepositTravelRule(new TravelRuleDecider(TravelRuleThresholds.defaults(codec)),
                "FATF", () -> prices, KnownVasps.parse(KNOWN_LEI), CLOCK);
        return new TravelRuleHolds(rule, received, store, booking, audit, CLOCK);
    }

    private DepositWatcher watcher(TravelRuleHolds holds) {
        return new DepositWatcher(new DepositWatcherSettings(TOKEN, CONFIRMATIONS, 100), chain, addresses,
                (c, a) -> Optional.empty(), booking, new InMemoryDepositCursorStore(), holds);
    }

    private TokenTransfer confirmed(long minorUnits) {
        TokenTransfer deposit = chain.transfer(sender, alice, minorUnits);
        chain.mine(CONFIRMATIONS);
        return deposit;
    }

    private ReceivedTravelRule data(TokenTransfer deposit, String lei) {
        return new ReceivedTravelRule(tenant, Chain.ETHEREUM, deposit.txHash(), deposit.logIndex(), alice,
                payload(alice, lei), CLOCK.instant());
    }

    private ReceivedTravelRule save(ReceivedTravelRule data) {
        received.save("k-" + random.nextLong(), "h", data);
        return data;
    }

    private static TokenRef ref(TokenTransfer deposit) {
        return new TokenRef(deposit.txHash(), deposit.logIndex());
    }

    private String register(TenantId owner, String customerId) {
        String address = randomAddress();
        addresses.register(new DepositAddress(owner, customerId, Chain.ETHEREUM, address, 0));
        return address;
    }

    private String randomAddress() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return EthereumAddressCodec.toChecksumAddress(bytes);
    }

    private long balance(AccountId account) {
        return ledger.balance(tenant, account).map(Amount::minorUnits).orElse(0L);
    }

    private List<OutboxEvent> ledgerEvents(String type) {
        return ledger.published().stream().filter(e -> e.envelope().type().equals(type)).toList();
    }
}
