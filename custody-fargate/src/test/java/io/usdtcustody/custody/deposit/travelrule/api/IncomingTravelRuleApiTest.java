package io.usdtcustody.custody.deposit.travelrule.api;

import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.KNOWN_LEI;
import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpResponse;
import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.adapter.InMemoryDepositAddresses;
import io.usdtcustody.custody.audit.adapter.InMemoryAuditLog;
import io.usdtcustody.custody.deposit.DepositBooking;
import io.usdtcustody.custody.deposit.travelrule.DepositTravelRule;
import io.usdtcustody.custody.deposit.travelrule.KnownVasps;
import io.usdtcustody.custody.deposit.travelrule.TravelRuleHolds;
import io.usdtcustody.custody.deposit.travelrule.adapter.InMemoryHeldDepositStore;
import io.usdtcustody.custody.deposit.travelrule.adapter.InMemoryReceivedTravelRuleStore;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.model.travelrule.AssetPrice;
import io.usdtcustody.model.travelrule.AssetPrices;
import io.usdtcustody.model.travelrule.TravelRuleDecider;
import io.usdtcustody.model.travelrule.TravelRuleThresholds;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/travel-rule/incoming} and the deposit operator routes, called directly (no server). */
class IncomingTravelRuleApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final JsonCodec CODEC = new JsonCodec();
    private static final String ADDRESS = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
    private static final String OTHER_TENANTS_ADDRESS = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    private static final String TX = "0x" + "ab".repeat(32);

    private final InMemoryReceivedTravelRuleStore store = new InMemoryReceivedTravelRuleStore();
    private final InMemoryLedger ledger = new InMemoryLedger(CLOCK, new LedgerEvents(CODEC));
    private final InMemoryDepositAddresses addresses = new InMemoryDepositAddresses((c, i) -> {
        throw new UnsupportedOperationException();
    });
    private final TravelRuleHolds holds = new TravelRuleHolds(new DepositTravelRule(
            new TravelRuleDecider(TravelRuleThresholds.defaults(CODEC)), "FATF",
            () -> AssetPrices.of(CLOCK.instant(), new AssetPrice("USDT", "USD", BigDecimal.ONE)),
            KnownVasps.parse(KNOWN_LEI), CLOCK), store, new InMemoryHeldDepositStore(),
            new DepositBooking(ledger, CODEC, CLOCK), new InMemoryAuditLog(CLOCK), CLOCK);
    private final IncomingTravelRuleController controller = new IncomingTravelRuleController(store, holds, addresses,
            CODEC, CLOCK);
    private final DepositController deposits = new DepositController(new DepositViews(ledger, holds), holds, CODEC);

    IncomingTravelRuleApiTest() {
        addresses.register(new DepositAddress(TenantId.of("acme"), "alice", Chain.ETHEREUM, ADDRESS, 0));
        addresses.register(new DepositAddress(TenantId.of("other"), "bob", Chain.ETHEREUM, OTHER_TENANTS_ADDRESS, 0));
    }

    @Test
    void receive_shouldStoreTheDataAndAnswer201_whenItIsValid() {
        HttpResponse<byte[]> response = controller.receive("acme", "k1", body(TX, 3L, ADDRESS, KNOWN_LEI));

        assertThat(response.code()).isEqualTo(201);
        JsonNode answer = CODEC.readTree(response.body());
        assertThat(answer.get("txHash").asText()).isEqualTo(TX);
        assertThat(answer.get("logIndex").asLong()).isEqualTo(3);
        assertThat(answer.get("destinationAddress").asText()).isEqualTo(ADDRESS);
        assertThat(answer.get("deposits")).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("Liddell");
        assertThat(store.forTransaction(TenantId.of("acme"), Chain.ETHEREUM, TX)).singleElement()
                .satisfies(data -> assertThat(data.covers(3, ADDRESS)).isTrue());
        assertThat(store.forTransaction(TenantId.of("other"), Chain.ETHEREUM, TX)).isEmpty();
    }

    @Test
    void receive_shouldAnswer200ForTheSameKeyAndPayload_and409ForAnotherPayload() {
        controller.receive("acme", "k1", body(TX, null, ADDRESS, KNOWN_LEI));

        HttpResponse<byte[]> replay = controller.receive("acme", "k1", body(TX, null, ADDRESS, KNOWN_LEI));
        PlatformException reused = catchThrowableOfType(PlatformException.class,
                () -> controller.receive("acme", "k1", body(TX, 1L, ADDRESS, KNOWN_LEI)));

        assertThat(replay.code()).isEqualTo(200);
        assertThat(reused.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(store.forTransaction(TenantId.of("acme"), Chain.ETHEREUM, TX)).hasSize(1);
    }

    @Test
    void receive_shouldListEveryFaultAndStoreNothing_whenEnvelopeAndPayloadAreWrong() {
        String json = new String(body("0x1234", -1L, ADDRESS, KNOWN_LEI), StandardCharsets.UTF_8)
                .replace("\"ETHEREUM\"", "\"BITCOIN\"")
                .replace("\"LEGL\"", "\"NOPE\"")
                .replace("\"country\":\"GB\"", "\"country\":\"QQ\"")
                .replaceFirst("\\{", "{\"surprise\":true,");

        PlatformException refused = catchThrowableOfType(PlatformException.class,
                () -> controller.receive("acme", "k1", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused.fieldErrors()).extracting(FieldError::field)
                .contains("chain", "txHash", "logIndex", "surprise")
                .anyMatch(field -> field.startsWith("ivms101.originator.originatorPersons[0]"));
        assertThat(refused.fieldErrors()).extracting(FieldError::message).noneMatch(m -> m.contains("Liddell"));
        assertThat(store.forTransaction(TenantId.of("acme"), Chain.ETHEREUM, "0x1234")).isEmpty();
    }

    @Test
    void receive_shouldRefuseTheDestination_whenItIsAnotherTenantsDepositAddress() {
        PlatformException refused = catchThrowableOfType(PlatformException.class,
                () -> controller.receive("acme", "k1", body(TX, null, OTHER_TENANTS_ADDRESS, KNOWN_LEI)));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("destinationAddress");
        assertThat(store.forTransaction(TenantId.of("acme"), Chain.ETHEREUM, TX)).isEmpty();
    }

    @Test
    void receive_shouldRefuseBeforeReading_whenTheKeyOrBodyIsMissingOrNotJson() {
        assertThat(catchThrowableOfType(PlatformException.class, () -> controller.receive("acme", null,
                body(TX, null, ADDRESS, KNOWN_LEI))).errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(catchThrowableOfType(PlatformException.class, () -> controller.receive("acme", "k1",
                new byte[0])).errorCode()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(catchThrowableOfType(JsonDecodingException.class, () -> controller.receive("acme", "k1",
                "{\"chain\":".getBytes(StandardCharsets.UTF_8)))).isNotNull();
        assertThat(catchThrowableOfType(PlatformException.class, () -> controller.receive(null, "k1",
                body(TX, null, ADDRESS, KNOWN_LEI))).errorCode()).isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void release_shouldBeForbidden_whenTheCallerIsNotAnOperator() {
        PlatformException refused = catchThrowableOfType(PlatformException.class, () -> deposits.release("acme", "k1",
                UUID.randomUUID().toString(), resolution("acme", "ops-1", "ok")));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void reject_shouldListEveryFault_whenTheDecisionIsIncomplete() {
        PlatformException refused = catchThrowableOfType(PlatformException.class, () -> deposits.reject("platform",
                "k1", UUID.randomUUID().toString(), resolution("", "", " ")));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("tenant", "by", "note");
    }

    @Test
    void held_shouldBeForOperatorsWithAValidQuery_only() {
        PlatformException tenant = catchThrowableOfType(PlatformException.class,
                () -> deposits.held("acme", "acme", null));
        PlatformException badQuery = catchThrowableOfType(PlatformException.class,
                () -> deposits.held("platform", "not a tenant!", 0));

        assertThat(tenant.errorCode()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(badQuery.fieldErrors()).extracting(FieldError::field).containsExactly("tenant", "limit");
        assertThat(CODEC.readTree(deposits.held("platform", "acme", null).body())).isEmpty();
    }

    @Test
    void get_shouldBeNotFound_whenNoDepositHasThatId() {
        PlatformException missing = catchThrowableOfType(PlatformException.class,
                () -> deposits.get("acme", UUID.randomUUID().toString()));

        assertThat(missing.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    private static byte[] resolution(String tenant, String by, String note) {
        return ("{\"tenant\":\"" + tenant + "\",\"by\":\"" + by + "\",\"note\":\"" + note + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
