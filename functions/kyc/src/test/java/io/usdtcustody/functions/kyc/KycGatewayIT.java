package io.usdtcustody.functions.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.kyc.fixture.Passports;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.gateway.LocalGatewayStack;
import io.usdtcustody.localcloud.gateway.lambda.FunctionDeployment;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.kycvendor.SandboxKycVendor;
import io.usdtcustody.localcloud.kycvendor.WebhookAttempt;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.jwt.JwsAlgorithm;
import io.usdtcustody.model.kyc.WebhookSecret;
import io.usdtcustody.model.tenancy.TenantId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * End to end over HTTP: the local gateway with the catalogue's routes runs the shaded {@code function-onboarding.jar}
 * and {@code function-kyc.jar}, each in its own JVM under the official runtime interface client, against DynamoDB
 * Local; a partner onboards a customer, opens a KYC case and adds a passport; the sandbox vendor decides and calls
 * the gateway's webhook route, signed. Onboarding reaches the real custody service jar for deposit addresses, which
 * it hands out only once KYC has verified the customer. Needs onboarding's jar: a reactor build with {@code functions/onboarding}
 * (e.g. {@code ./mvnw -pl functions/onboarding,functions/kyc -am verify}); without it the class is skipped.
 */
@LocalCloudTest(Service.DYNAMODB)
class KycGatewayIT {
    private static final JsonCodec CODEC = new JsonCodec();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String OPEN_BODY = """
            {"level":"BASIC","countryOfResidence":"DE","pep":"NONE","product":"TRADING","expectedMonthlyVolumeUsdt":"5000"}""";
    /** Tenant demo's Ethereum account xpub (m/44'/60'/0' of BIP32 test vector 1's seed): public, no secret. */
    private static final String DEMO_XPUB =
            "xpub6CeDpm2b5qtk96oy8yvM572W6cLZSvU5vnpKmKPypbfFwXo86SyT7VtfwWtMZAgZ5eKVMU9NnULt91HBFw9j62wJrcoc1ZRWiNvoorwBRXL";
    private static ServiceProcess custody;
    private static SandboxKycVendor vendor;
    private static LocalGatewayStack gateway;
    private static String demoKey;
    private static String acmeKey;
    private static CloudResources cloud;
    private static Path work;

    @BeforeAll
    static void start(CloudResources resources) throws Exception {
        cloud = resources;
        Path jar = Path.of(System.getProperty("kyc.function.jar", "target/function-kyc.jar"));
        Path onboardingJar = Path.of(System.getProperty("onboarding.function.jar",
                "../onboarding/target/function-onboarding.jar"));
        assertThat(jar).as("the shaded function jar (mvn package)").exists();
        Assumptions.assumeTrue(Files.exists(onboardingJar),
                "function-onboarding.jar is not built: run with -pl functions/onboarding,functions/kyc");
        custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY, Ports.freeOr(0),
                resources.environment(), resources.cloud().stateDir());
        var registered = HTTP.send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/account-xpubs/ETHEREUM"))
                .header("X-Tenant-Id", "demo").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"xpub\":\"" + DEMO_XPUB + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(204);
        Map<String, String> onboardingEnvironment = new TreeMap<>(resources.environment());
        onboardingEnvironment.put("CUSTODY_SERVICE_URL", custody.endpoint());
        vendor = SandboxKycVendor.start(0, "it-token", WebhookSecret.generate(new SecureRandom()), Duration.ofMillis(200),
                Clock.systemUTC());
        Map<String, String> environment = new TreeMap<>(resources.environment());
        environment.putAll(vendor.functionEnvironment());
        work = Files.createTempDirectory("kyc-gateway-it");
        gateway = LocalGatewayStack.start(new LocalGatewayStack.Options(ResourceCatalogue.API,
                List.of(new FunctionDeployment(ResourceCatalogue.KYC, resources.naming().function(ResourceCatalogue.KYC),
                                List.of(jar), environment),
                        new FunctionDeployment(ResourceCatalogue.ONBOARDING,
                                resources.naming().function(ResourceCatalogue.ONBOARDING), List.of(onboardingJar),
                                onboardingEnvironment)),
                Map.of(ResourceCatalogue.CUSTODY.name(), URI.create(custody.endpoint())), ProjectLayout.locate().tether(), work, 0, 0, 1, Optional.empty(), Clock.systemUTC()));
        demoKey = gateway.issuePartnerKey("demo-it", TenantId.of("demo"), "partner-standard").apiKey();
        acmeKey = gateway.issuePartnerKey("acme-it", TenantId.of("acme"), "partner-standard").apiKey();
        vendor.deliverTo(URI.create(gateway.url()));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (vendor != null) {
            vendor.close();
        }
        if (custody != null) {
            custody.close();
        }
    }

    @Test
    void customer_shouldGetADepositAddressOnlyOnceApproved_afterAValidPassportAndTheSandboxVendorsSignedWebhook()
            throws Exception {
        String customer = onboard("Anna Maria Eriksson", "1974-08-12");
        var beforeKyc = depositAddress(customer);
        assertThat(beforeKyc.statusCode()).as(beforeKyc.body()).isEqualTo(409);
        assertThat(beforeKyc.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(beforeKyc).path("code").asText()).isEqualTo("KYC_NOT_VERIFIED");
        assertThat(json(beforeKyc).path("detail").asText()).contains("its KYC standing is NONE");
        var opened = send("POST", "/v1/customers/" + customer + "/kyc-cases", OPEN_BODY, demoKey, UUID.randomUUID());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String caseId = json(opened).path("caseId").asText();

        var added = send("POST", "/v1/kyc-cases/" + caseId + "/documents", passportBody(Passports.specimen()), demoKey,
                UUID.randomUUID());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).path("state").asText()).isEqualTo("SUBMITTED");

        JsonNode decided = awaitDecision(caseId, demoKey);
        assertThat(decided.path("state").asText()).isEqualTo("APPROVED");
        assertThat(decided.path("decision").path("reasons").toString()).isEqualTo("[\"VENDOR_APPROVED\"]");
        assertThat(decided.path("decision").path("vendorReasons").toString()).isEqualTo("[\"MRZ_VALID\"]");
        assertThat(decided.path("risk").path("tier").asText()).isEqualTo("LOW");
        assertThat(decided.path("risk").path("perTransactionLimitUsdt").asText()).isEqualTo("10000");
        var standing = cloud.dynamoDb().getItem(g -> g.tableName(cloud.naming().table(ResourceCatalogue.CUSTOMERS))
                .key(Map.of("pk", AttributeValue.fromS("TENANT#demo#CUSTOMER#" + customer),
                        "sk", AttributeValue.fromS("KYC")))).item();
        assertThat(standing.get("status").s()).isEqualTo("VERIFIED");
        assertThat(standing.get("tier").s()).isEqualTo("LOW");
        assertThat(vendor.deliveries()).extracting(WebhookAttempt::status).contains(200);
        var address = depositAddress(customer);
        assertThat(address.statusCode()).as(address.body()).isEqualTo(200);
        assertThat(json(address).path("address").asText()).matches("0x[0-9a-fA-F]{40}");
    }

    @Test
    void customerOnboardingFlagged_shouldGoToReviewWithOnboardingsExplanation_andGetNoAddress_evenWithAClearPassport()
            throws Exception {
        String customer = onboard("Ayman al-Zawahiri", "1951-06-19");
        String caseId = json(send("POST", "/v1/customers/" + customer + "/kyc-cases", OPEN_BODY, demoKey,
                UUID.randomUUID())).path("caseId").asText();
        send("POST", "/v1/kyc-cases/" + caseId + "/documents", passportBody(Passports.specimen()), demoKey,
                UUID.randomUUID());

        JsonNode decided = awaitDecision(caseId, demoKey);

        assertThat(decided.path("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(decided.path("decision").path("reasons").toString()).isEqualTo("[\"ONBOARDING_SCREENING_MATCH\"]");
        JsonNode hit = decided.path("screening").path("hits").get(0);
        assertThat(hit.path("entryId").asInt()).isEqualTo(2676);
        assertThat(hit.path("explanation").asText()).contains("zawahiri");
        var address = depositAddress(customer);
        assertThat(address.statusCode()).isEqualTo(409);
        assertThat(json(address).path("detail").asText()).contains("its KYC standing is UNDER_REVIEW");
    }

    @Test
    void customerNamedLikeAnSdnEntry_shouldNotBeApproved_butGetAReviewWithTheExplanation() throws Exception {
        String customer = onboard("Ayman al-Zawahiri", "1951-06-19");
        String caseId = json(send("POST", "/v1/customers/" + customer + "/kyc-cases", OPEN_BODY, demoKey,
                UUID.randomUUID())).path("caseId").asText();
        send("POST", "/v1/kyc-cases/" + caseId + "/documents", passportBody(Passports.passport("AL ZAWAHIRI", "AYMAN",
                "EGY", LocalDate.of(1951, 6, 19), LocalDate.of(2031, 1, 1))), demoKey, UUID.randomUUID());

        JsonNode decided = awaitDecision(caseId, demoKey);

        assertThat(decided.path("state").asText()).isEqualTo("IN_REVIEW");
        // onboarding screened the legal name too: both screens' reasons, the case's own hit first
        assertThat(decided.path("decision").path("reasons").toString())
                .isEqualTo("[\"SANCTIONS_POTENTIAL_MATCH\",\"ONBOARDING_SCREENING_MATCH\"]");
        JsonNode hit = decided.path("screening").path("hits").get(0);
        assertThat(hit.path("entryId").asInt()).isEqualTo(2676);
        assertThat(hit.path("listedName").asText()).isEqualTo("AL ZAWAHIRI, Dr. Ayman");
        assertThat(hit.path("explanation").asText()).contains("zawahiri").contains("date of birth matches");
        assertThat(json(send("GET", "/v1/kyc-cases/" + caseId, null, acmeKey, null)).path("code").asText())
                .isEqualTo("NOT_FOUND");
        String log = functionLog();
        assertThat(log).contains("\"service\":\"kyc\"", "POST /v1/kyc/webhooks/{vendor} answered 200")
                .doesNotContainIgnoringCase("zawahiri").doesNotContain("AYMAN", "L898902C3", "1951-06-19");
    }

    @Test
    void analystRoutes_shouldServeOnlyTheTenantsReviews_andAnApprovalShouldOpenTheDepositAddress() throws Exception {
        String customer = onboard("Ayman al-Zawahiri", "1951-06-19");
        String caseId = json(send("POST", "/v1/customers/" + customer + "/kyc-cases", OPEN_BODY, demoKey,
                UUID.randomUUID())).path("caseId").asText();
        send("POST", "/v1/kyc-cases/" + caseId + "/documents", passportBody(Passports.specimen()), demoKey,
                UUID.randomUUID());
        assertThat(awaitDecision(caseId, demoKey).path("state").asText()).isEqualTo("IN_REVIEW");
        String approve = "{\"decision\":\"APPROVE\",\"reasonCode\":\"FALSE_POSITIVE_MATCH\","
                + "\"note\":\"Passport holder is not the listed person.\"}";

        var foreignQueue = send("GET", "/v1/kyc-reviews?limit=100", null, acmeKey, null);
        var foreignRead = send("GET", "/v1/kyc-reviews/" + caseId, null, acmeKey, null);
        var foreignDecision = send("POST", "/v1/kyc-reviews/" + caseId + "/decision", approve, acmeKey, UUID.randomUUID());
        String token = gateway.tokens().mint(TenantId.of("demo"), customer, JwsAlgorithm.ES256, Duration.ofMinutes(5));
        var mobile = HTTP.send(HttpRequest.newBuilder(URI.create(gateway.url() + "/v1/kyc-reviews"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        var malformed = send("POST", "/v1/kyc-reviews/" + caseId + "/decision",
                approve.replace("FALSE_POSITIVE_MATCH", "CONFIRMED_MATCH"), demoKey, UUID.randomUUID());

        assertThat(foreignQueue.statusCode()).isEqualTo(200);
        assertThat(json(foreignQueue).path("cases").findValuesAsText("caseId")).doesNotContain(caseId);
        assertThat(foreignRead.statusCode()).isEqualTo(404);
        assertThat(foreignDecision.statusCode()).isEqualTo(404);
        assertThat(mobile.statusCode()).as(mobile.body()).isBetween(401, 403);
        assertThat(mobile.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).path("errors").findValuesAsText("field")).contains("reasonCode");
        assertThat(json(send("GET", "/v1/kyc-cases/" + caseId, null, demoKey, null)).path("state").asText())
                .isEqualTo("IN_REVIEW");

        var queue = send("GET", "/v1/kyc-reviews?limit=100", null, demoKey, null);
        var review = send("GET", "/v1/kyc-reviews/" + caseId, null, demoKey, null);
        var decided = send("POST", "/v1/kyc-reviews/" + caseId + "/decision", approve, demoKey, UUID.randomUUID());

        assertThat(json(queue).path("cases").findValuesAsText("caseId")).contains(caseId);
        assertThat(json(review).path("screening").path("hits").get(0).path("explanation").asText()).contains("zawahiri");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(json(decided).path("state").asText()).isEqualTo("APPROVED");
        assertThat(json(decided).path("decision").path("decidedBy").asText()).isEqualTo("analyst:demo-it");
        var address = depositAddress(customer);
        assertThat(address.statusCode()).as(address.body()).isEqualTo(200);
        assertThat(json(send("GET", "/v1/kyc-reviews?limit=100", null, demoKey, null)).path("cases")
                .findValuesAsText("caseId")).doesNotContain(caseId);
    }

    @Test
    void webhook_shouldBeRefusedWith401_whenNotSignedByTheVendor() throws Exception {
        var forged = HTTP.send(HttpRequest.newBuilder(URI.create(gateway.url() + "/v1/kyc/webhooks/sandbox"))
                .header("Content-Type", "application/json").header("X-Kyc-Timestamp", "1700000000")
                .header("X-Kyc-Signature", "v1=" + "0".repeat(64))
                .POST(HttpRequest.BodyPublishers.ofString("{\"eventId\":\"evt-x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(forged).path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void screenNames_shouldAnswerAPartnerWithScoredExplainedHits() throws Exception {
        var response = send("POST", "/v1/screening/names", "{\"name\":\"Zawahiri Ayman\",\"limit\":3}", acmeKey, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode hit = json(response).path("hits").get(0);
        assertThat(hit.path("entryId").asInt()).isEqualTo(2676);
        assertThat(hit.path("match").asBoolean()).isTrue();
        assertThat(json(response).path("list").asText()).isEqualTo("classpath:ofac");
    }

    /** Everything the function's runtime JVMs wrote (stdout: its JSON log lines and EMF metrics). */
    private static String functionLog() throws Exception {
        StringBuilder log = new StringBuilder();
        try (var files = Files.list(work.resolve("logs"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("lambda-kyc")).toList()) {
                log.append(Files.readString(file));
            }
        }
        return log.toString();
    }

    /** Onboarding through the gateway: the partner creates the customer (screened there too). */
    private static String onboard(String name, String dateOfBirth) throws Exception {
        var created = send("POST", "/v1/customers", "{\"type\":\"PERSON\",\"name\":\"" + name
                + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"country\":\"DE\"}", demoKey, UUID.randomUUID());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("customerId").asText();
    }

    private static HttpResponse<String> depositAddress(String customer) throws Exception {
        return send("POST", "/v1/customers/" + customer + "/deposit-addresses", "{\"chain\":\"ETHEREUM\"}", demoKey,
                UUID.randomUUID());
    }

    private static JsonNode awaitDecision(String caseId, String key) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode view;
        do {
            Thread.sleep(200);
            view = json(send("GET", "/v1/kyc-cases/" + caseId, null, key, null));
        } while (view.path("state").asText().equals("SUBMITTED") && System.nanoTime() < deadline);
        return view;
    }

    private static String passportBody(List<String> mrz) {
        return "{\"type\":\"PASSPORT\",\"mrz\":[\"" + String.join("\",\"", mrz) + "\"]}";
    }

    private static HttpResponse<String> send(String method, String path, String body, String apiKey, UUID idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.url() + path))
                .timeout(Duration.ofSeconds(40)).header("x-api-key", apiKey)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey.toString());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return CODEC.readTree(response.body().getBytes(StandardCharsets.UTF_8));
    }
}
