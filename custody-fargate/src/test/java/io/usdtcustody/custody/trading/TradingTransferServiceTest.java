package io.usdtcustody.custody.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferReceipt;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.events.trading.TradingTransfer;
import io.usdtcustody.model.events.trading.TradingTransferEvents;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TradingTransferServiceTest {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final TenantId TENANT = TenantId.of("acme");
    private final JsonCodec codec = new JsonCodec();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private InMemoryLedger ledger;
    private TradingTransferService service;

    @BeforeEach
    void fundAlice() {
        ledger = new InMemoryLedger(clock, new LedgerEvents(codec));
        service = new TradingTransferService(ledger, codec, clock);
        AccountId mirror = AccountId.platform(TENANT, USDT, AccountPurpose.CHAIN_MIRROR);
        ledger.open(mirror);
        ledger.open(funding("alice"));
        ledger.transfer(TENANT, new TransferRequest(UUID.randomUUID(), mirror, funding("alice"),
                Amount.parse("100", USDT), TransferKind.DEPOSIT, "seed"));
    }

    @Test
    void toTrading_shouldMoveFundingToOmnibus_andCommitTheEvent_whenFundsSuffice() {
        TransferReceipt receipt = service.toTrading(TENANT, "k1", request("alice", "40.5"));

        assertThat(receipt.replayed()).isFalse();
        assertThat(balance(funding("alice"))).isEqualTo("59.5");
        assertThat(balance(TradingTransferService.omnibus(TENANT))).isEqualTo("40.5");
        var events = ledger.published().stream()
                .filter(e -> e.stream().equals(ResourceCatalogue.TRADING_TRANSFERS)).toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).partitionKey()).isEqualTo("acme/alice");
        TradingTransfer payload = codec.unwrap(events.get(0).envelope(), TradingTransferEvents.TO_TRADING);
        assertThat(payload).isEqualTo(new TradingTransfer(receipt.request().transferId().toString(), "alice", "USDT",
                "ETHEREUM", "40.5"));
        assertThat(events.get(0).envelope().tenantId()).isEqualTo("acme");
    }

    @Test
    void toTrading_shouldBookOnce_whenRetriedWithTheSameKey() {
        TransferReceipt first = service.toTrading(TENANT, "k1", request("alice", "10"));
        TransferReceipt retry = service.toTrading(TENANT, "k1", request("alice", "10"));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.request().transferId()).isEqualTo(first.request().transferId());
        assertThat(balance(funding("alice"))).isEqualTo("90");
        assertThat(ledger.published().stream().filter(e -> e.stream().equals(ResourceCatalogue.TRADING_TRANSFERS)))
                .hasSize(1);
    }

    @Test
    void toTrading_shouldRefuseWith409_whenTheKeyIsReusedForAnotherAmount() {
        service.toTrading(TENANT, "k1", request("alice", "10"));

        assertThatThrownBy(() -> service.toTrading(TENANT, "k1", request("alice", "11")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        assertThat(balance(funding("alice"))).isEqualTo("90");
    }

    @Test
    void toTrading_shouldRefuseWith422AndWriteNothing_whenFundsAreShort() {
        int eventsBefore = ledger.published().size();

        assertThatThrownBy(() -> service.toTrading(TENANT, "k1", request("alice", "100.000001")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS));
        assertThatThrownBy(() -> service.toTrading(TENANT, "k2", request("bob", "1")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS));
        assertThat(balance(funding("alice"))).isEqualTo("100");
        assertThat(ledger.published()).hasSize(eventsBefore);
    }

    @Test
    void fromTrading_shouldCreditFundingOnce_whenTheSameEventArrivesTwice() {
        service.toTrading(TENANT, "k1", request("alice", "50"));
        TradingTransfer withdrawal = new TradingTransfer(UUID.randomUUID().toString(), "alice", "USDT", "ETHEREUM",
                "20.25");

        TransferReceipt first = service.fromTrading(TENANT, withdrawal);
        TransferReceipt again = service.fromTrading(TENANT, withdrawal);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(balance(funding("alice"))).isEqualTo("70.25");
        assertThat(balance(TradingTransferService.omnibus(TENANT))).isEqualTo("29.75");
    }

    @Test
    void fromTrading_shouldRefuse_whenTheEventIsMalformed() {
        TradingTransfer badChain = new TradingTransfer(UUID.randomUUID().toString(), "alice", "USDT", "TRON", "1");
        TradingTransfer badId = new TradingTransfer("not-a-uuid", "alice", "USDT", "ETHEREUM", "1");

        assertThatThrownBy(() -> service.fromTrading(TENANT, badChain)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> service.fromTrading(TENANT, badId)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void of_shouldListEveryFieldError_whenTheRequestIsInvalid() {
        assertThatThrownBy(() -> TradingTransferRequest.of("bad id!", "BTC", "TRON", "1.0000001"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("customerId", "asset", "chain", "amount"));
        assertThatThrownBy(() -> TradingTransferRequest.of("alice", "USDT", "ETHEREUM", "-1"))
                .isInstanceOf(PlatformException.class);
    }

    private static TradingTransferRequest request(String customer, String amount) {
        return TradingTransferRequest.of(customer, "USDT", "ETHEREUM", amount);
    }

    private static AccountId funding(String customer) {
        return AccountId.customer(TENANT, customer, USDT, AccountPurpose.FUNDING);
    }

    private String balance(AccountId account) {
        return ledger.balance(TENANT, account).orElseThrow().toPlainString();
    }
}
