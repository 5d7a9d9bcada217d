package io.usdtcustody.custody.trading.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpResponse;
import io.usdtcustody.custody.ledger.FundedCustomers;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.custody.trading.TradingTransferService;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trading transfer controller called directly: a mobile customer moves only its own funds. */
class TradingTransferControllerTest {
    private static final TenantId TENANT = TenantId.of("acme");

    private final JsonCodec codec = new JsonCodec();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private InMemoryLedger ledger;
    private TradingTransferController controller;

    @BeforeEach
    void fundAliceAndBob() {
        ledger = new InMemoryLedger(clock, new LedgerEvents(codec));
        FundedCustomers.fund(ledger, TENANT, "100", "alice", "bob");
        controller = new TradingTransferController(new TradingTransferService(ledger, codec, clock), codec);
    }

    private String fundingBalance(String customer) {
        return FundedCustomers.balance(ledger, TENANT, customer);
    }

    private static byte[] tenUsdtOf(String customer) {
        return ("{\"customerId\":\"" + customer + "\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"10\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void create_shouldMoveTheFunds_whenACustomerMovesItsOwn() {
        HttpResponse<byte[]> created = controller.create("acme", "JWT", "alice", "k1", tenUsdtOf("alice"));

        assertThat(created.code()).isEqualTo(201);
        assertThat(fundingBalance("alice")).isEqualTo("90");
    }

    @Test
    void create_shouldAnswerNotFoundAndWriteNothing_whenACustomerMovesAnotherCustomersFunds() {
        int events = ledger.published().size();

        assertThatThrownBy(() -> controller.create("acme", "JWT", "alice", "k1", tenUsdtOf("bob")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));

        assertThat(fundingBalance("bob")).isEqualTo("100");
        assertThat(ledger.published()).hasSize(events);
        assertThat(controller.create("acme", "JWT", "alice", "k1", tenUsdtOf("alice")).code()).isEqualTo(201);
    }

    @Test
    void create_shouldMoveAnyCustomersFunds_whenAPartnerOrTheInsideCalls() {
        assertThat(controller.create("acme", "API_KEY", "key-1", "k1", tenUsdtOf("bob")).code()).isEqualTo(201);
        assertThat(controller.create("acme", null, null, "k2", tenUsdtOf("alice")).code()).isEqualTo(201);

        assertThat(fundingBalance("bob")).isEqualTo("90");
        assertThat(fundingBalance("alice")).isEqualTo("90");
    }

    @Test
    void create_shouldRefuseWith401_whenACustomerCallCarriesNoCustomer() {
        assertThatThrownBy(() -> controller.create("acme", "JWT", "", "k1", tenUsdtOf("alice")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAUTHENTICATED));
        assertThat(fundingBalance("alice")).isEqualTo("100");
    }
}
