package io.usdtcustody.custody.withdrawal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpResponse;
import io.usdtcustody.custody.api.ProblemResponses;
import io.usdtcustody.custody.ledger.FundedCustomers;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.custody.withdrawal.WithdrawalEvents;
import io.usdtcustody.custody.withdrawal.WithdrawalService;
import io.usdtcustody.custody.withdrawal.adapter.InMemoryWithdrawalStore;
import io.usdtcustody.custody.withdrawal.adapter.ManualApprovalPolicy;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The withdrawal controller called directly: a mobile customer acts on its own withdrawals only. */
class WithdrawalControllerTest {
    private static final TenantId TENANT = TenantId.of("acme");
    private static final String DESTINATION = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final JsonCodec codec = new JsonCodec();
    private InMemoryLedger ledger;
    private InMemoryWithdrawalStore store;
    private WithdrawalController controller;

    @BeforeEach
    void fundAliceAndBob() {
        ledger = new InMemoryLedger(clock, new LedgerEvents(codec));
        store = new InMemoryWithdrawalStore();
        FundedCustomers.fund(ledger, TENANT, "100", "alice", "bob");
        WithdrawalService service = new WithdrawalService(store, ledger, new ManualApprovalPolicy(),
                new WithdrawalEvents(codec), new UuidV7Generator(clock, new SecureRandom()), clock);
        controller = new WithdrawalController(service, codec, new ProblemResponses(codec));
    }

    private String fundingBalance(String customer) {
        return FundedCustomers.balance(ledger, TENANT, customer);
    }

    private static byte[] tenUsdtFor(String customer) {
        return ("{\"customerId\":\"" + customer + "\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"10\","
                + "\"destination\":\"" + DESTINATION + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode json(HttpResponse<byte[]> response) {
        return codec.readTree(response.body());
    }

    private String createdByPartner(String customer, String key) {
        return json(controller.create("acme", "API_KEY", "key-1", key, tenUsdtFor(customer))).get("id").asText();
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void create_shouldRequestTheWithdrawal_whenACustomerWithdrawsForItself() {
        HttpResponse<byte[]> created = controller.create("acme", "JWT", "alice", "k1", tenUsdtFor("alice"));

        assertThat(created.code()).isEqualTo(201);
        assertThat(json(created).get("customerId").asText()).isEqualTo("alice");
        assertThat(fundingBalance("alice")).isEqualTo("90");
    }

    @Test
    void create_shouldAnswerNotFoundAndWriteNothing_whenACustomerNamesAnotherCustomer() {
        assertNotFound(() -> controller.create("acme", "JWT", "alice", "k1", tenUsdtFor("bob")));

        assertThat(store.published()).isEmpty();
        assertThat(fundingBalance("bob")).isEqualTo("100");
        // the key was not used up: alice may still use it for her own withdrawal
        assertThat(controller.create("acme", "JWT", "alice", "k1", tenUsdtFor("alice")).code()).isEqualTo(201);
    }

    @Test
    void getAndCancel_shouldAnswerNotFoundAndChangeNothing_whenTheWithdrawalIsAnotherCustomers() {
        String bobs = createdByPartner("bob", "k1");
        int events = store.published().size();

        assertNotFound(() -> controller.get("acme", "JWT", "alice", bobs));
        assertNotFound(() -> controller.cancel("acme", "JWT", "alice", "c1", bobs));
        assertNotFound(() -> controller.get("acme", "JWT", "alice", UUID.randomUUID().toString()));

        assertThat(json(controller.get("acme", null, null, bobs)).get("state").asText()).isEqualTo("PENDING_APPROVAL");
        assertThat(store.published()).hasSize(events);
        assertThat(fundingBalance("bob")).isEqualTo("90");
    }

    @Test
    void getAndCancel_shouldServeTheCustomer_whenTheWithdrawalIsItsOwn() {
        String alices = createdByPartner("alice", "k1");

        assertThat(json(controller.get("acme", "JWT", "alice", alices)).get("id").asText()).isEqualTo(alices);
        assertThat(json(controller.cancel("acme", "JWT", "alice", "c1", alices)).get("state").asText())
                .isEqualTo("CANCELLED");
        assertThat(fundingBalance("alice")).isEqualTo("100");
    }

    @Test
    void everyRoute_shouldServeEveryCustomer_whenAPartnerOrTheInsideCalls() {
        String bobs = createdByPartner("bob", "k1");
        String alices = json(controller.create("acme", null, null, "k2", tenUsdtFor("alice"))).get("id").asText();

        assertThat(json(controller.get("acme", "API_KEY", "key-1", alices)).get("customerId").asText()).isEqualTo("alice");
        assertThat(json(controller.cancel("acme", "API_KEY", "key-1", "c1", bobs)).get("state").asText())
                .isEqualTo("CANCELLED");
    }

    @Test
    void create_shouldRefuseWith401AndWriteNothing_whenACustomerCallCarriesNoCustomer() {
        assertThatThrownBy(() -> controller.create("acme", "JWT", null, "k1", tenUsdtFor("alice")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAUTHENTICATED));
        assertThat(store.published()).isEmpty();
    }
}
