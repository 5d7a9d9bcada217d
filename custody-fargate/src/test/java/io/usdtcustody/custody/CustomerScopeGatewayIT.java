package io.usdtcustody.custody;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.FundedCustomers;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.gateway.LocalGatewayStack;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.jwt.JwsAlgorithm;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Customer isolation end to end over HTTP: the local gateway serves the catalogue's routes in front of the real
 * custody jar. A mobile customer's token acts for that customer only: another customer's withdrawal cannot be
 * created, read or cancelled, nor its funds moved to trading or its whitelist touched, even when the client sends
 * the caller headers itself; the customer can act for itself, and the partner's key for every customer.
 */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS})
class CustomerScopeGatewayIT {
    private static final Asset USDT = FundedCustomers.USDT;
    private static final String DESTINATION = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    private static final JsonCodec CODEC = new JsonCodec();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ServiceProcess custody;
    private static LocalGatewayStack gateway;
    private static DynamoDbLedger ledger;
    private static TenantId tenant;
    private static String partnerKey;
    private static String aliceToken;

    @BeforeAll
    static void start(CloudResources cloud) throws Exception {
        custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY, Ports.freeOr(0),
                cloud.environment(), cloud.cloud().stateDir());
        gateway = LocalGatewayStack.start(new LocalGatewayStack.Options(ResourceCatalogue.API, List.of(),
                Map.of(ResourceCatalogue.CUSTODY.name(), URI.create(custody.endpoint())), ProjectLayout.locate().tether(),
                Files.createTempDirectory("customer-scope-it"), 0, 0, 1, Optional.empty(), Clock.systemUTC()));
        ledger = new DynamoDbLedger(cloud.dynamoDb(), cloud.naming().table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(cloud.naming().table(ResourceCatalogue.OUTBOX), CODEC), new LedgerEvents(CODEC),
                Clock.systemUTC());
        tenant = TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8));
        FundedCustomers.fund(ledger, tenant, "100", "alice", "bob");
        partnerKey = gateway.issuePartnerKey("scope-it", tenant, "partner-standard").apiKey();
        aliceToken = gateway.tokens().mint(tenant, "alice", JwsAlgorithm.ES256, Duration.ofMinutes(30));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (custody != null) {
            custody.close();
        }
    }

    private static String balance(String customer) {
        return FundedCustomers.balance(ledger, tenant, customer);
    }

    private static String withdrawal(String customer, String amount) {
        return "{\"customerId\":\"" + customer + "\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"" + amount
                + "\",\"destination\":\"" + DESTINATION + "\"}";
    }

    private static String toTrading(String customer, String amount) {
        return "{\"customerId\":\"" + customer + "\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"" + amount + "\"}";
    }

    /** {@code credential} is either an API key or "Bearer …"; {@code extra} are more header name/value pairs. */
    private static HttpResponse<String> send(String method, String path, String json, String credential,
                                             String... extra) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.url() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (credential.startsWith("Bearer ")) {
            request.header("Authorization", credential);
        } else {
            request.header("x-api-key", credential);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (!"GET".equals(method)) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (extra.length > 0) {
            request.headers(extra);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return CODEC.readTree(response.body().getBytes(StandardCharsets.UTF_8));
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asText();
    }

    @Test
    void mobileCustomer_shouldNeitherCreateReadNorCancelAnotherCustomersWithdrawal_norMoveItsFunds() {
        String alice = "Bearer " + aliceToken;
        String bobs = created(send("POST", "/v1/withdrawals", withdrawal("bob", "5"), partnerKey));
        String bobBefore = balance("bob");
        String[] forged = {"X-Caller-Auth-Method", "API_KEY", "X-Caller-Principal-Id", "bob"};

        List<HttpResponse<String>> attempts = new ArrayList<>();
        attempts.add(send("POST", "/v1/withdrawals", withdrawal("bob", "1"), alice));
        attempts.add(send("POST", "/v1/withdrawals", withdrawal("bob", "1"), alice, forged));
        attempts.add(send("GET", "/v1/withdrawals/" + bobs, null, alice));
        attempts.add(send("GET", "/v1/withdrawals/" + bobs, null, alice, forged));
        attempts.add(send("POST", "/v1/withdrawals/" + bobs + "/cancel", null, alice));
        attempts.add(send("POST", "/v1/trading-transfers", toTrading("bob", "1"), alice));
        attempts.add(send("POST", "/v1/trading-transfers", toTrading("bob", "1"), alice, forged));
        attempts.add(send("GET", "/v1/customers/bob/whitelist", null, alice));
        attempts.add(send("POST", "/v1/customers/bob/whitelist",
                "{\"chain\":\"ETHEREUM\",\"address\":\"" + DESTINATION + "\",\"label\":\"x\"}", alice));

        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.statusCode()).as(attempt.body()).isEqualTo(404);
            assertThat(attempt.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(json(attempt).path("code").asText()).isEqualTo("NOT_FOUND");
        });
        assertThat(balance("bob")).isEqualTo(bobBefore);
        assertThat(json(send("GET", "/v1/withdrawals/" + bobs, null, partnerKey)).path("state").asText())
                .isEqualTo("APPROVED");
        assertThat(json(send("GET", "/v1/customers/bob/whitelist", null, partnerKey)).path("entries")).isEmpty();
    }

    @Test
    void mobileCustomer_shouldCreateReadAndCancelItsOwnWithdrawal_andMoveItsOwnFunds() {
        String alice = "Bearer " + aliceToken;
        String own = created(send("POST", "/v1/withdrawals", withdrawal("alice", "2"), alice));

        assertThat(json(send("GET", "/v1/withdrawals/" + own, null, alice)).path("customerId").asText()).isEqualTo("alice");
        HttpResponse<String> cancelled = send("POST", "/v1/withdrawals/" + own + "/cancel", null, alice);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json(cancelled).path("state").asText()).isEqualTo("CANCELLED");
        String before = balance("alice");
        HttpResponse<String> moved = send("POST", "/v1/trading-transfers", toTrading("alice", "1"), alice);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
        assertThat(Amount.parse(balance("alice"), USDT)).isEqualTo(Amount.parse(before, USDT).subtract(Amount.parse("1", USDT)));
    }

    @Test
    void partnerKey_shouldActForEveryCustomerOfItsTenant() {
        String alices = created(send("POST", "/v1/withdrawals", withdrawal("alice", "3"), partnerKey));
        String bobs = created(send("POST", "/v1/withdrawals", withdrawal("bob", "3"), partnerKey));

        assertThat(json(send("GET", "/v1/withdrawals/" + alices, null, partnerKey)).path("customerId").asText())
                .isEqualTo("alice");
        assertThat(send("POST", "/v1/withdrawals/" + bobs + "/cancel", null, partnerKey).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/v1/trading-transfers", toTrading("bob", "1"), partnerKey).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/v1/trading-transfers", toTrading("alice", "1"), partnerKey).statusCode()).isEqualTo(201);
    }
}
