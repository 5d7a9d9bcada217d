package io.usdtcustody.functions.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.gateway.LocalGatewayStack;
import io.usdtcustody.localcloud.gateway.lambda.FunctionDeployment;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.functions.onboarding.customer.KycStandingItems;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.jwt.JwsAlgorithm;
import io.usdtcustody.model.tenancy.TenantId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end over HTTP: the local gateway serves the catalogue's routes with partner keys and JWTs, runs the
 * shaded {@code function-onboarding.jar} this build packaged in its own JVM under the official runtime interface
 * client against DynamoDB Local, and routes the function's calls to the real custody service jar.
 */
@LocalCloudTest(Service.DYNAMODB)
class OnboardingGatewayIT {
    /**
     * Each tenant's Ethereum account xpub (m/44'/60'/0') from the seeds of BIP32 test vectors 1 and 2: public keys,
     * no secret; custody derives the deposit addresses from them.
     */
    private static final Map<String, String> ACCOUNT_XPUBS = Map.of(
            "acme", "xpub6CeDpm2b5qtk96oy8yvM572W6cLZSvU5vnpKmKPypbfFwXo86SyT7VtfwWtMZAgZ5eKVMU9NnULt91HBFw9j62wJrcoc1ZRWiNvoorwBRXL",
            "beta", "xpub6CDx8S9z44zGfr5chfUK7JyEFu17fT3fpfUkwFFroqx9EohqiGDR2YhRWNyu7YWjhmLhiaH3ATB1kn4Co2zaxWFQhX3gFMovxKSt9v2mhxs");
    private static final String ALICE =
            "{\"type\":\"PERSON\",\"name\":\"Alice Example\",\"dateOfBirth\":\"1990-04-01\",\"country\":\"DE\"}";
    private static final JsonCodec CODEC = new JsonCodec();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path work;
    private static CloudResources resources;
    private static ServiceProcess custody;
    private static LocalGatewayStack gateway;
    private static String acmeKey;
    private static String betaKey;

    @BeforeAll
    static void start(CloudResources cloud) throws Exception {
        Path jar = Path.of(System.getProperty("onboarding.function.jar", "target/function-onboarding.jar"));
        assertThat(jar).as("the shaded function jar (mvn package)").exists();
        resources = cloud;
        custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY, Ports.freeOr(0),
                cloud.environment(), cloud.cloud().stateDir());
        for (String tenant : ACCOUNT_XPUBS.keySet()) {
            HttpResponse<String> registered = HTTP.send(HttpRequest.newBuilder(
                            URI.create(custody.endpoint() + "/v1/account-xpubs/ETHEREUM"))
                    .header("X-Tenant-Id", tenant).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"xpub\":\"" + ACCOUNT_XPUBS.get(tenant) + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(204);
        }
        work = Files.createTempDirectory("onboarding-gateway-it");
        Map<String, String> environment = new TreeMap<>(cloud.environment());
        environment.put(OnboardingWiring.CUSTODY_URL_VARIABLE, custody.endpoint());
        gateway = LocalGatewayStack.start(new LocalGatewayStack.Options(ResourceCatalogue.API,
                List.of(new FunctionDeployment(ResourceCatalogue.ONBOARDING,
                        cloud.naming().function(ResourceCatalogue.ONBOARDING), List.of(jar), environment)),
                Map.of(ResourceCatalogue.CUSTODY.name(), URI.create(custody.endpoint())), ProjectLayout.locate().tether(),
                work, 0, 0, 1, Optional.empty(), Clock.systemUTC()));
        acmeKey = gateway.issuePartnerKey("acme-it", TenantId.of("acme"), "partner-standard").apiKey();
        betaKey = gateway.issuePartnerKey("beta-it", TenantId.of("beta"), "partner-standard").apiKey();
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

    @Test
    void partnerB_shouldNeitherReadNorChangePartnerAsCustomer() throws Exception {
        String id = json(create(acmeKey, ALICE, UUID.randomUUID().toString())).path("customerId").asText();
        String customer = "/v1/customers/" + id;

        List<HttpResponse<String>> attempts = new ArrayList<>();
        attempts.add(send("GET", customer, null, betaKey, null));
        attempts.add(send("PUT", customer + "/profile", ProfileRulesTest.PROFILE, betaKey, "b-1"));
        attempts.add(send("POST", customer + "/consents", "{\"type\":\"MARKETING\",\"documentVersion\":\"v1\",\"granted\":true}",
                betaKey, "b-2"));
        attempts.add(send("POST", customer + "/deposit-addresses", "{\"chain\":\"ETHEREUM\"}", betaKey, "b-3"));
        attempts.add(send("GET", customer + "/balances", null, betaKey, null));
        attempts.add(send("POST", customer + "/deposit-addresses", "{\"chain\":\"ETHEREUM\"}", betaKey, "b-4",
                "X-Tenant-Id", "acme"));

        for (HttpResponse<String> attempt : attempts) {
            assertThat(attempt.statusCode()).as(attempt.body()).isEqualTo(404);
            assertThat(attempt.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(json(attempt).path("code").asText()).isEqualTo("NOT_FOUND");
        }
        JsonNode unchanged = json(send("GET", customer, null, acmeKey, null));
        assertThat(unchanged.path("profile").isNull()).isTrue();
        assertThat(unchanged.path("consents")).isEmpty();
    }

    @Test
    void create_shouldReplayWithTheSameKey_andBe409WithTheSameKeyAndAnotherBody() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = create(acmeKey, ALICE, key);
        HttpResponse<String> retry = create(acmeKey, ALICE, key);
        HttpResponse<String> reused = create(acmeKey, ALICE.replace("Alice", "Alicia"), key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(json(reused).path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(send("GET", first.headers().firstValue("Location").orElseThrow(), null, acmeKey, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void sanctionedName_shouldPutTheCustomerInReviewWithAnExplanation_andGetNoDepositAddress() throws Exception {
        HttpResponse<String> created = create(acmeKey,
                "{\"type\":\"PERSON\",\"name\":\"Evgeny Prigozhin\",\"dateOfBirth\":\"1961-06-01\",\"country\":\"RU\"}",
                UUID.randomUUID().toString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode customer = json(created);
        assertThat(customer.path("status").asText()).isEqualTo("REVIEW");
        JsonNode hit = customer.path("screening").path("hits").get(0);
        assertThat(hit.path("entryId").asInt()).isEqualTo(TestScreens.PRIGOZHIN);
        assertThat(hit.path("primaryName").asText()).isEqualTo("PRIGOZHIN, Yevgeniy Viktorovich");
        assertThat(hit.path("explanation").asText()).contains("prigozhin", "date of birth matches");
        HttpResponse<String> address = send("POST", "/v1/customers/" + customer.path("customerId").asText()
                + "/deposit-addresses", "{\"chain\":\"ETHEREUM\"}", acmeKey, UUID.randomUUID().toString());
        assertThat(address.statusCode()).isEqualTo(409);
        assertThat(json(address).path("code").asText()).isEqualTo("KYC_NOT_VERIFIED");
        assertThat(address.body()).doesNotContainIgnoringCase("sanction");
    }

    @Test
    void depositAddress_shouldBeRefusedBeforeKyc_andComeFromCustodyOnceVerified_withBalances() throws Exception {
        String id = json(create(acmeKey, ALICE, UUID.randomUUID().toString())).path("customerId").asText();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> beforeKyc = send("POST", "/v1/customers/" + id + "/deposit-addresses",
                "{\"chain\":\"ETHEREUM\"}", acmeKey, key);
        verifyKyc(TenantId.of("acme"), id);
        HttpResponse<String> address = send("POST", "/v1/customers/" + id + "/deposit-addresses", "{\"chain\":\"ETHEREUM\"}",
                acmeKey, key);
        HttpResponse<String> again = send("POST", "/v1/customers/" + id + "/deposit-addresses", "{\"chain\":\"ETHEREUM\"}",
                acmeKey, UUID.randomUUID().toString());
        HttpResponse<String> noAccount = send("POST", "/v1/customers/" + id + "/deposit-addresses", "{\"chain\":\"TRON\"}",
                acmeKey, UUID.randomUUID().toString());
        HttpResponse<String> balances = send("GET", "/v1/customers/" + id + "/balances", null, acmeKey, null);

        assertThat(beforeKyc.statusCode()).as(beforeKyc.body()).isEqualTo(409);
        assertThat(beforeKyc.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(beforeKyc).path("code").asText()).isEqualTo("KYC_NOT_VERIFIED");
        assertThat(json(beforeKyc).path("detail").asText()).contains("its KYC standing is NONE");
        assertThat(address.statusCode()).as(address.body()).isEqualTo(200);
        assertThat(address.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(json(address).path("address").asText()).matches("0x[0-9a-fA-F]{40}");
        assertThat(json(again).path("address").asText()).isEqualTo(json(address).path("address").asText());
        assertThat(noAccount.statusCode()).isEqualTo(409);
        assertThat(balances.statusCode()).as(balances.body()).isEqualTo(200);
        assertThat(json(balances).path("balances").findValuesAsText("available")).contains("0");
    }

    /** The KYC function's decision, as its standing item (the KYC gateway IT runs the function itself). */
    private static void verifyKyc(TenantId tenant, String customerId) {
        resources.dynamoDb().putItem(put -> put.tableName(resources.naming().table(ResourceCatalogue.CUSTOMERS))
                .item(KycStandingItems.item(tenant, customerId, KycStandingStatus.VERIFIED)));
    }

    @Test
    void mobileCustomer_shouldOnboardItselfWithAJwt_andNotReachAPartnersOtherCustomer() throws Exception {
        String subject = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String token = gateway.tokens().mint(TenantId.of("acme"), subject, JwsAlgorithm.ES256, Duration.ofMinutes(5));
        String other = json(create(acmeKey, ALICE, UUID.randomUUID().toString())).path("customerId").asText();

        HttpResponse<String> self = sendBearer("POST", "/v1/customers", ALICE, token, UUID.randomUUID().toString());
        HttpResponse<String> foreign = sendBearer("GET", "/v1/customers/" + other, null, token, null);

        assertThat(self.statusCode()).as(self.body()).isEqualTo(201);
        assertThat(json(self).path("customerId").asText()).isEqualTo(subject);
        assertThat(json(self).has("screening")).isFalse();
        assertThat(foreign.statusCode()).isEqualTo(404);
    }

    @Test
    void badInput_shouldBeProblemJson_andLeaveTheKeyUnused() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> bad = create(acmeKey, "{\"type\":\"PERSON\",\"name\":\"Alice\",\"dateOfBirth\":\"yesterday\","
                + "\"country\":\"DE\",\"role\":\"admin\"}", key);
        HttpResponse<String> malformed = create(acmeKey, "{\"type\":", key);
        HttpResponse<String> good = create(acmeKey, ALICE, key);

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(bad).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("dateOfBirth", "role");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).path("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
    }

    @Test
    void functionLog_shouldBeJsonLinesWithTheCorrelationIdAndEmfMetrics_andNoPersonalData() throws Exception {
        String name = "Zebulon Quixote-Marchetti";
        HttpResponse<String> created = send("POST", "/v1/customers", ALICE.replace("Alice Example", name), acmeKey,
                UUID.randomUUID().toString(), "X-Correlation-Id", "it-log-check-1");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        List<String> lines = awaitLogLine("it-log-check-1");

        assertThat(lines).allSatisfy(line -> assertThat(CODEC.readTree(line.getBytes(StandardCharsets.UTF_8)).isObject()).isTrue());
        assertThat(String.join("\n", lines)).doesNotContain("Zebulon", "Marchetti", "1990-04-01");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"correlation_id\":\"it-log-check-1\"",
                "\"level\":\"INFO\"", "\"function_request_id\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"CustomersCreatedCount\"",
                "\"Route\":\"POST:/v1/customers\"", "\"Namespace\":\"UsdtCustody\"", "[\"Service\",\"Route\"]"));
    }

    /** The function's log lines that are JSON, once one mentions {@code correlationId} (the runtime writes it shortly after). */
    private static List<String> awaitLogLine(String correlationId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<String> lines = new ArrayList<>();
            try (var files = Files.list(work.resolve("logs"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("lambda-")).toList()) {
                    Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("{")).forEach(lines::add);
                }
            }
            boolean seen = lines.stream().anyMatch(l -> l.contains(correlationId));
            boolean flushed = lines.stream().anyMatch(l -> l.contains("\"_aws\"") && l.contains("CustomersCreatedCount"));
            if ((seen && flushed) || System.nanoTime() > deadline) {
                return lines;
            }
            Thread.sleep(100);
        }
    }

    private static HttpResponse<String> create(String apiKey, String body, String key) throws Exception {
        return send("POST", "/v1/customers", body, apiKey, key);
    }

    private static HttpResponse<String> send(String method, String path, String body, String apiKey, String key,
                                             String... extraHeaders) throws Exception {
        HttpRequest.Builder request = request(method, path, body, key, extraHeaders).header("x-api-key", apiKey);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> sendBearer(String method, String path, String body, String token, String key)
            throws Exception {
        HttpRequest.Builder request = request(method, path, body, key).header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String method, String path, String body, String key, String... extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.url() + path)).timeout(Duration.ofSeconds(40))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return request;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return CODEC.readTree(response.body().getBytes(StandardCharsets.UTF_8));
    }
}
