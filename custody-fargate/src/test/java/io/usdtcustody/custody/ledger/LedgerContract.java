package io.usdtcustody.custody.ledger;

import static io.usdtcustody.custody.ledger.AccountPurpose.CHAIN_MIRROR;
import static io.usdtcustody.custody.ledger.AccountPurpose.FUNDING;
import static io.usdtcustody.custody.ledger.AccountPurpose.HOT_WALLET;
import static io.usdtcustody.custody.ledger.AccountPurpose.WITHDRAWAL_HOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Ledger} adapter must do; run against the in-memory and the DynamoDB adapter. */
public abstract class LedgerContract {
    protected static final Asset USDT = Asset.USDT_ETHEREUM;
    /** Fresh tenants per test: adapters backed by one table must not see earlier tests' platform accounts. */
    protected TenantId acme;
    protected TenantId globex;

    protected Ledger ledger;
    protected AccountId mirror;
    protected AccountId alice;
    protected AccountId aliceHold;
    protected AccountId bob;
    protected AccountId hot;

    protected abstract Ledger newLedger();

    @BeforeEach
    void openAccounts() {
        ledger = newLedger();
        String run = UUID.randomUUID().toString().substring(0, 8);
        acme = TenantId.of("acme-" + run);
        globex = TenantId.of("globex-" + run);
        mirror = AccountId.platform(acme, USDT, CHAIN_MIRROR);
        hot = AccountId.platform(acme, USDT, HOT_WALLET);
        alice = AccountId.customer(acme, "alice-" + run, USDT, FUNDING);
        aliceHold = AccountId.customer(acme, "alice-" + run, USDT, WITHDRAWAL_HOLD);
        bob = AccountId.customer(acme, "bob-" + run, USDT, FUNDING);
        for (AccountId account : new AccountId[] {mirror, hot, alice, aliceHold, bob}) {
            ledger.open(account);
        }
    }

    protected static Amount usdt(String amount) {
        return Amount.parse(amount, USDT);
    }

    protected TransferRequest transfer(AccountId from, AccountId to, String amount) {
        return new TransferRequest(UUID.randomUUID(), from, to, usdt(amount), TransferKind.INTERNAL, "test");
    }

    protected static void assertFails(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).errorCode()).isEqualTo(code);
    }

    @Test
    void transfer_shouldMoveMoneyBetweenAccounts_andKeepTheBooksBalanced() {
        ledger.transfer(acme, new TransferRequest(UUID.randomUUID(), mirror, alice, usdt("25"), TransferKind.DEPOSIT, "tx"));
        ledger.transfer(acme, transfer(alice, bob, "10.5"));

        assertThat(ledger.balance(acme, alice)).contains(usdt("14.5"));
        assertThat(ledger.balance(acme, bob)).contains(usdt("10.5"));
        assertThat(ledger.balance(acme, mirror)).contains(usdt("-25"));
        assertThat(ledger.trialBalance()).containsEntry(USDT, 0L);
    }

    @Test
    void transfer_shouldReturnTheOriginalResult_whenRetriedWithTheSameIdAndPayload() {
        ledger.transfer(acme, transfer(mirror, alice, "25"));
        TransferRequest request = transfer(alice, bob, "10");
        TransferReceipt first = ledger.transfer(acme, request);

        TransferReceipt retry = ledger.transfer(acme, request);

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.request()).isEqualTo(request);
        assertThat(retry.appliedAt()).isEqualTo(first.appliedAt());
        assertThat(ledger.balance(acme, bob)).contains(usdt("10"));
    }

    @Test
    void transfer_shouldConflict_whenTheSameIdCarriesADifferentPayload() {
        ledger.transfer(acme, transfer(mirror, alice, "25"));
        TransferRequest request = transfer(alice, bob, "10");
        ledger.transfer(acme, request);

        assertFails(ErrorCode.IDEMPOTENCY_KEY_REUSED, () -> ledger.transfer(acme,
                new TransferRequest(request.transferId(), alice, bob, usdt("11"), TransferKind.INTERNAL, "test")));
        assertThat(ledger.balance(acme, bob)).contains(usdt("10"));
    }

    @Test
    void transfer_shouldRefuseAndChangeNothing_whenFundsAreInsufficient() {
        ledger.transfer(acme, transfer(mirror, alice, "5"));

        assertFails(ErrorCode.INSUFFICIENT_FUNDS, () -> ledger.transfer(acme, transfer(alice, bob, "5.000001")));

        assertThat(ledger.balance(acme, alice)).contains(usdt("5"));
        assertThat(ledger.balance(acme, bob)).contains(usdt("0"));
    }

    @Test
    void transfer_shouldLetOnlyMirrorAccountsGoNegative() {
        ledger.transfer(acme, transfer(hot, alice, "3"));

        assertThat(ledger.balance(acme, hot)).contains(usdt("-3"));
        assertFails(ErrorCode.INSUFFICIENT_FUNDS, () -> ledger.transfer(acme, transfer(bob, alice, "1")));
    }

    @Test
    void holds_shouldSetFundsAsideAndReleaseThem() {
        ledger.transfer(acme, transfer(mirror, alice, "100"));
        ledger.transfer(acme, new TransferRequest(UUID.randomUUID(), alice, aliceHold, usdt("40"), TransferKind.WITHDRAWAL_HOLD, "w1"));

        assertFails(ErrorCode.INSUFFICIENT_FUNDS, () -> ledger.transfer(acme, transfer(alice, bob, "60.01")));
        ledger.transfer(acme, new TransferRequest(UUID.randomUUID(), aliceHold, alice, usdt("40"), TransferKind.WITHDRAWAL_RELEASE, "w1"));

        assertThat(ledger.balance(acme, alice)).contains(usdt("100"));
        assertThat(ledger.balance(acme, aliceHold)).contains(usdt("0"));
    }

    @Test
    void transfer_shouldFailNotFound_whenAnAccountWasNeverOpened() {
        AccountId stranger = AccountId.customer(acme, "nobody-" + UUID.randomUUID().toString().substring(0, 8), USDT, FUNDING);

        assertFails(ErrorCode.NOT_FOUND, () -> ledger.transfer(acme, transfer(mirror, stranger, "1")));
        assertThat(ledger.balance(acme, stranger)).isEmpty();
    }

    @Test
    void anotherTenant_shouldNeitherSeeNorMoveTheAccounts() {
        TransferReceipt deposit = ledger.transfer(acme, transfer(mirror, alice, "50"));

        assertThat(ledger.balance(globex, alice)).isEmpty();
        assertThat(ledger.transfer(globex, deposit.request().transferId())).isEmpty();
        assertThat(ledger.journal(globex, alice, Instant.EPOCH, Instant.now().plusSeconds(60), 10)).isEmpty();
        assertFails(ErrorCode.NOT_FOUND, () -> ledger.transfer(globex, transfer(alice, bob, "1")));
        assertThat(ledger.balance(acme, alice)).contains(usdt("50"));
    }

    @Test
    void journal_shouldListBothSidesOfEachTransfer_byAccountAndTime() {
        TransferReceipt deposit = ledger.transfer(acme, transfer(mirror, alice, "20"));
        TransferReceipt payment = ledger.transfer(acme, transfer(alice, bob, "7"));

        var entries = ledger.journal(acme, alice, Instant.EPOCH, Instant.now().plusSeconds(60), 10);

        assertThat(entries).extracting(JournalEntry::transferId)
                .containsExactly(deposit.request().transferId(), payment.request().transferId());
        assertThat(entries).extracting(JournalEntry::signedAmount).containsExactly(usdt("20"), usdt("-7"));
        assertThat(entries.get(1).counterparty()).isEqualTo(bob);
        assertThat(ledger.journal(acme, alice, payment.appliedAt().plusSeconds(1), Instant.now().plusSeconds(60), 10)).isEmpty();
    }

    @Test
    void shardedAccounts_shouldReportTheSumOfAllShards() {
        for (int i = 0; i < 20; i++) {
            ledger.transfer(acme, transfer(hot, alice, "1"));
        }
        assertThat(ledger.balance(acme, hot)).contains(usdt("-20"));
        assertThat(ledger.balance(acme, alice)).contains(usdt("20"));
    }
}
