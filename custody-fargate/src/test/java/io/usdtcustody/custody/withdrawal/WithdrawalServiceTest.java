package io.usdtcustody.custody.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.custody.withdrawal.adapter.InMemoryWithdrawalStore;
import io.usdtcustody.custody.withdrawal.adapter.ManualApprovalPolicy;
import io.usdtcustody.custody.withdrawal.port.WithdrawalPolicy;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WithdrawalServiceTest {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final TenantId TENANT = TenantId.of("acme");
    private static final String DESTINATION = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final JsonCodec codec = new JsonCodec();
    private InMemoryLedger ledger;
    private InMemoryWithdrawalStore store;
    private AccountId funding;
    private AccountId hold;
    private AccountId hot;

    @BeforeEach
    void fundAlice() {
        ledger = new InMemoryLedger(clock, new LedgerEvents(codec));
        store = new InMemoryWithdrawalStore();
        AccountId mirror = AccountId.platform(TENANT, USDT, AccountPurpose.CHAIN_MIRROR);
        funding = AccountId.customer(TENANT, "alice", USDT, AccountPurpose.FUNDING);
        hold = AccountId.customer(TENANT, "alice", USDT, AccountPurpose.WITHDRAWAL_HOLD);
        hot = AccountId.platform(TENANT, USDT, AccountPurpose.HOT_WALLET);
        ledger.open(mirror);
        ledger.open(funding);
        ledger.transfer(TENANT, new TransferRequest(UUID.randomUUID(), mirror, funding, usdt("100"), TransferKind.DEPOSIT, "seed"));
    }

    private WithdrawalService service(WithdrawalPolicy policy) {
        return new WithdrawalService(store, ledger, policy, new WithdrawalEvents(codec),
                new UuidV7Generator(clock, new SecureRandom()), clock);
    }

    private static Amount usdt(String amount) {
        return Amount.parse(amount, USDT);
    }

    private static WithdrawalRequest tenUsdt() {
        return new WithdrawalRequest("alice", usdt("10"), DESTINATION);
    }

    @Test
    void request_shouldHoldFundsAndWaitForApproval_whenThePolicyAsksForOne() {
        Withdrawal w = service(new ManualApprovalPolicy()).request(TENANT, "key-1", tenUsdt()).withdrawal();

        assertThat(w.state()).isEqualTo(WithdrawalState.PENDING_APPROVAL);
        assertThat(w.holdPlaced()).isTrue();
        assertThat(ledger.balance(TENANT, funding)).contains(usdt("90"));
        assertThat(ledger.balance(TENANT, hold)).contains(usdt("10"));
        assertThat(store.published()).extracting(e -> e.envelope().type())
                .containsExactly("wallet.withdrawal.state-changed", "wallet.withdrawal.state-changed");
    }

    @Test
    void request_shouldRejectWithoutHolding_whenFundsAreInsufficient() {
        Withdrawal w = service(new ManualApprovalPolicy()).request(TENANT, "key-1",
                new WithdrawalRequest("alice", usdt("100.000001"), DESTINATION)).withdrawal();

        assertThat(w.state()).isEqualTo(WithdrawalState.REJECTED);
        assertThat(w.reason()).isEqualTo(WithdrawalReasons.INSUFFICIENT_FUNDS);
        assertThat(w.ledgerSettled()).isTrue();
        assertThat(ledger.balance(TENANT, funding)).contains(usdt("100"));
    }

    @Test
    void request_shouldReturnTheSameWithdrawal_whenRetriedWithTheSameKeyAndPayload() {
        WithdrawalService service = service(new ManualApprovalPolicy());
        Withdrawal first = service.request(TENANT, "key-1", tenUsdt()).withdrawal();
        Withdrawal again = service.request(TENANT, "key-1", tenUsdt()).withdrawal();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(ledger.balance(TENANT, hold)).contains(usdt("10"));
    }

    @Test
    void request_shouldConflict_whenTheKeyIsReusedForAnotherPayload() {
        WithdrawalService service = service(new ManualApprovalPolicy());
        service.request(TENANT, "key-1", tenUsdt()).withdrawal();

        assertThatThrownBy(() -> service.request(TENANT, "key-1", new WithdrawalRequest("alice", usdt("11"), DESTINATION)))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        assertThat(ledger.balance(TENANT, hold)).contains(usdt("10"));
    }

    @Test
    void request_shouldRefuseABadIdempotencyKey_andChangeNothing() {
        assertThatThrownBy(() -> service(new ManualApprovalPolicy()).request(TENANT, "has spaces", tenUsdt()))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThat(store.published()).isEmpty();
    }

    @Test
    void cancel_shouldReleaseTheHold_andBeIdempotent() {
        WithdrawalService service = service(new ManualApprovalPolicy());
        Withdrawal w = service.request(TENANT, "key-1", tenUsdt()).withdrawal();

        Withdrawal cancelled = service.cancel(TENANT, w.id());
        service.cancel(TENANT, w.id());

        assertThat(cancelled.state()).isEqualTo(WithdrawalState.CANCELLED);
        assertThat(cancelled.ledgerSettled()).isTrue();
        assertThat(ledger.balance(TENANT, funding)).contains(usdt("100"));
        assertThat(ledger.balance(TENANT, hold)).contains(usdt("0"));
    }

    @Test
    void markConfirmed_shouldKeepTheMinedHash_whenAReplacementWasMined() {
        WithdrawalService service = service(new ManualApprovalPolicy());
        Withdrawal w = service.request(TENANT, "key-1", tenUsdt()).withdrawal();
        service.approve(TENANT, w.id());
        service.markSigned(TENANT, w.id(), "0xfeed");
        service.markBroadcast(TENANT, w.id());

        Withdrawal confirmed = service.markConfirmed(TENANT, w.id(), "0xbeef");

        assertThat(confirmed.txHash()).isEqualTo("0xbeef");
    }

    @Test
    void lifecycle_shouldSettleTheHoldToTheHotWallet_whenConfirmed() {
        WithdrawalService service = service(new ManualApprovalPolicy());
        Withdrawal w = service.request(TENANT, "key-1", tenUsdt()).withdrawal();

        service.approve(TENANT, w.id());
        service.markSigned(TENANT, w.id(), "0xfeed");
        service.markBroadcast(TENANT, w.id());
        Withdrawal confirmed = service.markConfirmed(TENANT, w.id(), null);

        assertThat(confirmed.state()).isEqualTo(WithdrawalState.CONFIRMED);
        assertThat(confirmed.txHash()).isEqualTo("0xfeed");
        assertThat(ledger.balance(TENANT, hold)).contains(usdt("0"));
        // mirrors are minus what is on chain: 100 came in on deposit addresses (-100), 10 left from hot (+10)
        assertThat(ledger.balance(TENANT, hot)).contains(usdt("10"));
        assertThat(ledger.balance(TENANT, funding)).contains(usdt("90"));
        assertThat(ledger.trialBalance()).containsEntry(USDT, 0L);
        assertThatThrownBy(() -> service.cancel(TENANT, w.id())).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void policyRejection_shouldReleaseTheHoldItPlaced() {
        Withdrawal w = service(x -> PolicyDecision.reject("SANCTIONED_ADDRESS", "denied", "test-v1"))
                .request(TENANT, "key-1", tenUsdt()).withdrawal();

        assertThat(w.state()).isEqualTo(WithdrawalState.REJECTED);
        assertThat(w.reason()).isEqualTo("SANCTIONED_ADDRESS");
        assertThat(ledger.balance(TENANT, funding)).contains(usdt("100"));
    }

    @Test
    void failure_afterBroadcast_shouldReleaseTheHold() {
        WithdrawalService service = service(x -> PolicyDecision.approve("test-v1"));
        Withdrawal w = service.request(TENANT, "key-1", tenUsdt()).withdrawal();
        service.markSigned(TENANT, w.id(), "0xfeed");
        service.markBroadcast(TENANT, w.id());

        Withdrawal failed = service.markFailed(TENANT, w.id(), "DROPPED");

        assertThat(failed.state()).isEqualTo(WithdrawalState.FAILED);
        assertThat(ledger.balance(TENANT, funding)).contains(usdt("100"));
    }

    @Test
    void recover_shouldFinishALedgerEffectACrashLeftPending_exactlyOnce() {
        WithdrawalService service = service(new ManualApprovalPolicy());
        Withdrawal w = service.request(TENANT, "key-1", tenUsdt()).withdrawal();
        // a crash right after writing CANCELLED, before releasing the hold
        Withdrawal cancelled = w.moveTo(WithdrawalState.CANCELLED, clock.instant(), WithdrawalReasons.CANCELLED_BY_CUSTOMER, null);
        assertThat(store.transition(w, cancelled, Optional.empty())).isTrue();
        assertThat(ledger.balance(TENANT, funding)).contains(usdt("90"));

        assertThat(service.recover(10)).isEqualTo(1);
        assertThat(service.recover(10)).isZero();

        assertThat(ledger.balance(TENANT, funding)).contains(usdt("100"));
        assertThat(service.find(TENANT, w.id()).orElseThrow().ledgerSettled()).isTrue();
    }

    @Test
    void anotherTenant_shouldNotFindOrCancelTheWithdrawal() {
        WithdrawalService service = service(new ManualApprovalPolicy());
        Withdrawal w = service.request(TENANT, "key-1", tenUsdt()).withdrawal();

        assertThat(service.find(TenantId.of("globex"), w.id())).isEmpty();
        assertThatThrownBy(() -> service.cancel(TenantId.of("globex"), w.id()))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
