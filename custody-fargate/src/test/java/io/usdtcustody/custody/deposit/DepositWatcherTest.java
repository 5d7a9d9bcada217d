package io.usdtcustody.custody.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.adapter.InMemoryDepositAddresses;
import io.usdtcustody.custody.deposit.adapter.InMemoryDepositCursorStore;
import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.JournalEntry;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.screening.address.SanctionedAddresses;
import io.usdtcustody.screening.address.SanctionsScreen;
import io.usdtcustody.model.address.EthereumAddressCodec;
import io.usdtcustody.model.events.wallet.DepositCredited;
import io.usdtcustody.model.events.wallet.DepositQuarantined;
import io.usdtcustody.model.events.wallet.WalletEvents;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DepositWatcherTest {
    private static final String TOKEN = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    private static final long USDT_25 = 25_000_000L;
    private static final int CONFIRMATIONS = 3;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    private final Random random = new Random(42);
    private final JsonCodec codec = new JsonCodec();
    private final TenantId tenant = TenantId.of("acme");
    private final FakeChain chain = new FakeChain(100);
    private final InMemoryLedger ledger = new InMemoryLedger(CLOCK, new LedgerEvents(codec));
    private final InMemoryDepositAddresses addresses = new InMemoryDepositAddresses((c, i) -> randomAddress());
    private final InMemoryDepositCursorStore cursors = new InMemoryDepositCursorStore();
    private final String alice = register("alice");
    private final String sender = randomAddress();
    private final AccountId aliceFunding =
            AccountId.customer(tenant, "alice", Asset.USDT_ETHEREUM, AccountPurpose.FUNDING);
    private final AccountId quarantine = AccountId.platform(tenant, Asset.USDT_ETHEREUM, AccountPurpose.QUARANTINE);

    @Test
    void pollOnce_shouldCreditOnlyAtTheNthConfirmation_whenADepositArrives() {
        DepositWatcher watcher = watcher(noSanctions());
        TokenTransfer deposit = chain.transfer(sender, alice, USDT_25);

        PollResult first = watcher.pollOnce();
        chain.mine();
        PollResult second = watcher.pollOnce();
        chain.mine();
        PollResult third = watcher.pollOnce();

        assertThat(first.pending()).containsExactly(deposit);
        assertThat(second.pending()).containsExactly(deposit);
        assertThat(first.credited() + second.credited()).isZero();
        assertThat(third.credited()).isEqualTo(1);
        assertThat(third.pending()).isEmpty();
        assertThat(balance(aliceFunding)).isEqualTo(USDT_25);
    }

    @Test
    void pollOnce_shouldCreditExactlyOnceWithItsEvent_whenPolledAgainAndAgain() {
        DepositWatcher watcher = watcher(noSanctions());
        TokenTransfer deposit = chain.transfer(sender, alice, USDT_25);
        chain.mine(CONFIRMATIONS);

        watcher.pollOnce();
        PollResult again = watcher.pollOnce();
        PollResult fresh = watcher(noSanctions()).pollOnce();

        assertThat(again.credited() + fresh.credited()).isZero();
        assertThat(balance(aliceFunding)).isEqualTo(USDT_25);
        List<JournalEntry> journal = ledger.journal(tenant, aliceFunding, Instant.EPOCH, Instant.MAX, 10);
        assertThat(journal).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(TransferKind.DEPOSIT);
            assertThat(entry.reference()).isEqualTo(deposit.txHash() + ":0");
            assertThat(entry.transferId()).isEqualTo(DepositBooking.transferId(Chain.ETHEREUM, deposit));
        });
        List<OutboxEvent> credited = events(WalletEvents.DEPOSIT_CREDITED.type());
        assertThat(credited).singleElement().satisfies(event -> {
            assertThat(event.partitionKey()).isEqualTo(aliceFunding.key());
            DepositCredited payload = codec.unwrap(event.envelope(), WalletEvents.DEPOSIT_CREDITED);
            assertThat(payload.amount()).isEqualTo("25");
            assertThat(payload.customerId()).isEqualTo("alice");
            assertThat(payload.toAddress()).isEqualTo(alice);
            assertThat(payload.confirmations()).isEqualTo(CONFIRMATIONS + 1);
            assertThat(payload.blockNumber()).isEqualTo(deposit.blockNumber());
        });
        assertThat(ledger.trialBalance()).containsEntry(Asset.USDT_ETHEREUM, 0L);
    }

    @Test
    void pollOnce_shouldBookNothing_whenTheRecipientIsNotOursOrTheValueIsZero() {
        DepositWatcher watcher = watcher(noSanctions());
        chain.transfer(sender, randomAddress(), USDT_25);
        chain.transfer(sender, alice, 0);
        chain.mine(CONFIRMATIONS);

        PollResult result = watcher.pollOnce();

        assertThat(result.credited()).isZero();
        assertThat(ledger.published()).isEmpty();
    }

    @Test
    void pollOnce_shouldQuarantineAndAlert_whenTheSenderIsSanctioned() {
        SanctionsScreen sanctions = SanctionedAddresses.load("test-list", new StringReader(sender.toUpperCase()
                .replace("0X", "0x") + "\n"));
        DepositWatcher watcher = watcher(sanctions);
        chain.transfer(sender, alice, USDT_25);
        chain.mine(CONFIRMATIONS);

        PollResult result = watcher.pollOnce();

        assertThat(result.quarantined()).isEqualTo(1);
        assertThat(result.credited()).isZero();
        assertThat(balance(quarantine)).isEqualTo(USDT_25);
        assertThat(ledger.balance(tenant, aliceFunding)).isEmpty();
        assertThat(events(WalletEvents.DEPOSIT_CREDITED.type())).isEmpty();
        assertThat(events(WalletEvents.DEPOSIT_QUARANTINED.type())).singleElement().satisfies(event -> {
            DepositQuarantined alert = codec.unwrap(event.envelope(), WalletEvents.DEPOSIT_QUARANTINED);
            assertThat(alert.list()).isEqualTo("test-list");
            assertThat(alert.fromAddress()).isEqualTo(sender.toLowerCase());
        });
        assertThat(ledger.journal(tenant, quarantine, Instant.EPOCH, Instant.MAX, 10)).singleElement()
                .extracting(JournalEntry::kind).isEqualTo(TransferKind.DEPOSIT_QUARANTINED);
    }

    @Test
    void pollOnce_shouldNeverCredit_whenTheDepositBlockIsReorganisedAwayAfterBeingSeen() {
        DepositWatcher watcher = watcher(noSanctions());
        TokenTransfer deposit = chain.transfer(sender, alice, USDT_25);
        chain.mine();
        assertThat(watcher.pollOnce().pending()).containsExactly(deposit);

        chain.reorg(deposit.blockNumber());
        chain.mine(CONFIRMATIONS);
        PollResult after = watcher.pollOnce();

        assertThat(after.credited()).isZero();
        assertThat(after.pending()).isEmpty();
        assertThat(after.cursor()).get().extracting(DepositCursor::blockNumber)
                .isEqualTo(chain.latest() - CONFIRMATIONS + 1);
        assertThat(ledger.balance(tenant, aliceFunding)).isEmpty();
    }

    @Test
    void pollOnce_shouldDropTheLogAndHoldTheCursor_whenItsBlockIsNoLongerCanonicalAtCreditTime() {
        DepositWatcher watcher = watcher(noSanctions());
        TokenTransfer deposit = chain.transfer(sender, alice, USDT_25);
        chain.reorg(deposit.blockNumber());
        chain.mine(CONFIRMATIONS);
        chain.returnStaleLog(deposit);

        PollResult during = watcher.pollOnce();
        PollResult after = watcher.pollOnce();

        assertThat(during.credited()).isZero();
        assertThat(during.cursor()).isEmpty();
        assertThat(after.credited()).isZero();
        assertThat(after.cursor()).isPresent();
        assertThat(ledger.balance(tenant, aliceFunding)).isEmpty();
    }

    @Test
    void pollOnce_shouldFailClosed_whenTheCursorBlockWasReorganisedAway() {
        DepositWatcher watcher = watcher(noSanctions());
        chain.mine(CONFIRMATIONS + 2);
        long cursorBlock = watcher.pollOnce().cursor().orElseThrow().blockNumber();
        chain.reorg(cursorBlock - 1);
        chain.transfer(sender, alice, USDT_25);
        chain.mine(CONFIRMATIONS);

        assertThatThrownBy(watcher::pollOnce).isInstanceOf(ChainReorganizedException.class);
        assertThat(cursors.load(settings().cursorId())).get().extracting(DepositCursor::blockNumber)
                .isEqualTo(cursorBlock);
        assertThat(ledger.balance(tenant, aliceFunding)).isEmpty();
    }

    @Test
    void pollOnce_shouldResumeAfterTheCursor_whenANewWatcherStarts() {
        chain.mine(CONFIRMATIONS);
        watcher(noSanctions()).pollOnce();
        long cursorBlock = cursors.load(settings().cursorId()).orElseThrow().blockNumber();
        chain.transfer(sender, alice, USDT_25);
        chain.mine(CONFIRMATIONS);

        PollResult resumed = watcher(noSanctions()).pollOnce();

        assertThat(resumed.fromBlock()).isEqualTo(cursorBlock + 1);
        assertThat(resumed.credited()).isEqualTo(1);
        assertThat(chain.scannedRanges()).extracting(r -> r[0]).containsExactly(100L, cursorBlock + 1);
    }

    @Test
    void pollOnce_shouldNeitherRepeatNorLose_whenACrashCameBetweenCreditingAndSavingTheCursor() {
        TokenTransfer first = chain.transfer(sender, alice, USDT_25);
        chain.transfer(sender, alice, 5_000_000);
        chain.mine(CONFIRMATIONS);
        DepositWatcher crashing = new DepositWatcher(settings(), chain, addresses, noSanctions(),
                new DepositBooking(ledger, codec, CLOCK), new CrashingCursorStore(cursors));
        assertThatThrownBy(crashing::pollOnce).isInstanceOf(IllegalStateException.class);
        chain.transfer(sender, alice, 1_000_000);
        chain.mine(CONFIRMATIONS);

        PollResult restarted = watcher(noSanctions()).pollOnce();

        assertThat(restarted.alreadyBooked()).isEqualTo(2);
        assertThat(restarted.credited()).isEqualTo(1);
        assertThat(balance(aliceFunding)).isEqualTo(31_000_000L);
        assertThat(ledger.journal(tenant, aliceFunding, Instant.EPOCH, Instant.MAX, 10)).hasSize(3);
        assertThat(ledger.transfer(tenant, DepositBooking.transferId(Chain.ETHEREUM, first))).isPresent();
    }

    @Test
    void pollOnce_shouldScanInBoundedSteps_whenFarBehindTheHead() {
        DepositWatcher watcher = new DepositWatcher(new DepositWatcherSettings(TOKEN, CONFIRMATIONS, 0, 40), chain,
                addresses, noSanctions(), new DepositBooking(ledger, codec, CLOCK), cursors);

        PollResult first = watcher.pollOnce();
        PollResult second = watcher.pollOnce();
        PollResult third = watcher.pollOnce();

        assertThat(first.caughtUp()).isFalse();
        assertThat(List.of(first.toBlock(), second.toBlock(), third.toBlock())).containsExactly(39L, 79L, 100L);
        assertThat(third.caughtUp()).isTrue();
        assertThat(third.cursor()).get().extracting(DepositCursor::blockNumber).isEqualTo(100L - CONFIRMATIONS + 1);
    }

    @Test
    void transferId_shouldBeStablePerLog_whenDerivedFromTxHashAndLogIndex() {
        TokenTransfer log = chain.transfer(sender, alice, 1);
        TokenTransfer sibling = new TokenTransfer(log.txHash(), 1, log.blockNumber(), log.blockHash(), log.from(),
                log.to(), log.value());

        assertThat(DepositBooking.transferId(Chain.ETHEREUM, log))
                .isEqualTo(DepositBooking.transferId(Chain.ETHEREUM, log))
                .isNotEqualTo(DepositBooking.transferId(Chain.ETHEREUM, sibling));
    }

    private DepositWatcher watcher(SanctionsScreen sanctions) {
        return new DepositWatcher(settings(), chain, addresses, sanctions, new DepositBooking(ledger, codec, CLOCK),
                cursors);
    }

    private DepositWatcherSettings settings() {
        return new DepositWatcherSettings(TOKEN, CONFIRMATIONS, 100);
    }

    private static SanctionsScreen noSanctions() {
        return (chain, address) -> Optional.empty();
    }

    private String register(String customerId) {
        String address = randomAddress();
        addresses.register(new DepositAddress(tenant, customerId, Chain.ETHEREUM, address, 0));
        return address;
    }

    private String randomAddress() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return EthereumAddressCodec.toChecksumAddress(bytes);
    }

    private long balance(AccountId account) {
        return ledger.balance(tenant, account).map(Amount::minorUnits).orElseThrow();
    }

    private List<OutboxEvent> events(String type) {
        return ledger.published().stream().filter(e -> e.envelope().type().equals(type)).toList();
    }
}
