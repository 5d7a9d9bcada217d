package io.usdtcustody.custody.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The policy engine and approvals inside the running custody service: a sanctioned destination is refused
 * with a stable code and an audit entry; a withdrawal above the approval threshold waits for two distinct
 * approvers' P-256 signatures; the initiator cannot approve their own withdrawal.
 */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS})
class WithdrawalPolicyApiIT {
    private static final Asset USDT = Asset.USDT_ETHEREUM;
    private static final String CLEAN = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonCodec CODEC = new JsonCodec();
    private static final Pattern ID = Pattern.compile("id ([0-9a-f-]{36})");

    private static ServiceProcess custody;
    private static DynamoDbLedger ledger;
    private static DynamoDbClient dynamoDb;
    private static String auditTable;

    @BeforeAll
    static void start(CloudResources cloud) {
        custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY, Ports.freeOr(0),
                cloud.environment(), cloud.cloud().stateDir());
        dynamoDb = cloud.dynamoDb();
        auditTable = cloud.naming().table(ResourceCatalogue.AUDIT);
        ledger = new DynamoDbLedger(dynamoDb, cloud.naming().table(ResourceCatalogue.LEDGER),
                new DynamoDbOutbox(cloud.naming().table(ResourceCatalogue.OUTBOX), CODEC), new LedgerEvents(CODEC),
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (custody != null) {
            custody.close();
        }
    }

    private static TenantId fundedTenant(String amount) {
        TenantId tenant = TenantId.of("p" + UUID.randomUUID().toString().substring(0, 8));
        AccountId mirror = AccountId.platform(tenant, USDT, AccountPurpose.CHAIN_MIRROR);
        AccountId alice = AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING);
        ledger.open(mirror);
        ledger.open(alice);
        ledger.transfer(tenant, new TransferRequest(UUID.randomUUID(), mirror, alice, Amount.parse(amount, USDT),
                TransferKind.DEPOSIT, "seed"));
        return tenant;
    }

    private static HttpResponse<String> post(String path, TenantId tenant, String key, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(custody.endpoint() + path))
                .header("X-Tenant-Id", tenant.value()).header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String withdrawal(String amount, String destination) {
        return "{\"customerId\":\"alice\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"" + amount
                + "\",\"destination\":\"" + destination + "\"}";
    }

    private static String sanctionedEthereumAddress() throws Exception {
        try (var in = Objects.requireNonNull(WithdrawalPolicyApiIT.class.getResourceAsStream(
                "/ofac/addresses/sanctioned_addresses_USDT.txt"));
             var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(l -> l.startsWith("0x")).findFirst().orElseThrow();
        }
    }

    @Test
    void sanctionedDestination_shouldBeRefusedWithAStableCode_andAnAuditEntry_andChangeNoBalance() throws Exception {
        TenantId tenant = fundedTenant("500");
        HttpResponse<String> refused = post("/v1/withdrawals", tenant, "s1",
                withdrawal("100", sanctionedEthereumAddress().toLowerCase()));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"code\":\"SANCTIONED_ADDRESS\"");
        Matcher id = ID.matcher(refused.body());
        assertThat(id.find()).isTrue();
        boolean audited = dynamoDb.scanPaginator(r -> r.tableName(auditTable)).items().stream()
                .map(Object::toString)
                .anyMatch(item -> item.contains(id.group(1)) && item.contains("SANCTIONED_ADDRESS"));
        assertThat(audited).as("a policy.decision audit entry names the withdrawal and the reason").isTrue();
        assertThat(ledger.balance(tenant, AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING)))
                .contains(Amount.parse("500", USDT));
    }

    @Test
    void aboveTheThreshold_shouldWaitForTwoDistinctApprovers_andRefuseSelfApproval() throws Exception {
        TenantId tenant = fundedTenant("20000");
        HttpResponse<String> created = post("/v1/withdrawals", tenant, "big", withdrawal("15000", CLEAN));
        assertThat(created.statusCode()).isEqualTo(201);
        var view = CODEC.readTree(created.body().getBytes());
        assertThat(view.get("state").asText()).isEqualTo("PENDING_APPROVAL");
        String id = view.get("id").asText();

        KeyPair first = p256();
        KeyPair second = p256();
        KeyPair self = p256();
        register(tenant, "ops-1", first);
        register(tenant, "ops-2", second);
        register(tenant, "alice", self);
        var status = CODEC.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/withdrawals/" + id
                + "/approvals")).header("X-Tenant-Id", tenant.value()).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body().getBytes());
        assertThat(status.get("requiredApprovals").asInt()).isEqualTo(2);
        byte[] message = Base64.getDecoder().decode(status.get("message").asText()); // the exact bytes to sign

        HttpResponse<String> selfApproval = approve(tenant, id, "alice", sign(self, message));
        assertThat(selfApproval.statusCode()).isEqualTo(403);

        String firstSignature = sign(first, message);
        HttpResponse<String> one = approve(tenant, id, "ops-1", firstSignature);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(state(tenant, id)).isEqualTo("PENDING_APPROVAL");
        assertThat(approve(tenant, id, "ops-1", firstSignature).statusCode()).as("a retry").isEqualTo(200);
        assertThat(approve(tenant, id, "ops-1", sign(first, message)).statusCode()).as("a second, different approval")
                .isEqualTo(409);
        assertThat(state(tenant, id)).as("the same approver twice is still one approval").isEqualTo("PENDING_APPROVAL");

        HttpResponse<String> two = approve(tenant, id, "ops-2", sign(second, message));
        assertThat(two.statusCode()).isEqualTo(200);
        assertThat(state(tenant, id)).isEqualTo("APPROVED");
    }

    @Test
    void travelRule_shouldHoldWithAClearReason_withoutData_andPassWithCompleteIvms101Data() throws Exception {
        TenantId tenant = fundedTenant("20000");
        HttpResponse<String> without = post("/v1/withdrawals", tenant, "tr-none", withdrawal("5000", BENEFICIARY));
        assertThat(without.statusCode()).isEqualTo(201);
        var held = CODEC.readTree(without.body().getBytes());
        assertThat(held.get("state").asText()).isEqualTo("PENDING_APPROVAL");
        assertThat(held.get("reason").asText()).isEqualTo("TRAVEL_RULE_DATA_REQUIRED");

        HttpResponse<String> with = post("/v1/withdrawals", tenant, "tr-ivms", withdrawal("5000", BENEFICIARY)
                .replaceFirst("}$", ",\"travelRule\":" + ivms101() + "}"));
        assertThat(with.statusCode()).isEqualTo(201);
        assertThat(CODEC.readTree(with.body().getBytes()).get("state").asText()).isEqualTo("APPROVED");
    }

    @Test
    void travelRule_shouldRefuseAnInvalidPayload_withEveryFault_andChangeNothing() throws Exception {
        TenantId tenant = fundedTenant("20000");
        String broken = ivms101().replace("\"nameIdentifierType\":\"LEGL\"", "\"nameIdentifierType\":\"NOPE\"");
        HttpResponse<String> refused = post("/v1/withdrawals", tenant, "tr-bad", withdrawal("5000", BENEFICIARY)
                .replaceFirst("}$", ",\"travelRule\":" + broken + "}"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(refused.body()).contains("nameIdentifierType");
        assertThat(ledger.balance(tenant, AccountId.customer(tenant, "alice", USDT, AccountPurpose.FUNDING)))
                .contains(Amount.parse("20000", USDT));
    }

    private static final String BENEFICIARY = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";

    private static String ivms101() throws Exception {
        try (var in = Objects.requireNonNull(WithdrawalPolicyApiIT.class.getResourceAsStream("/travelrule/ivms101-outgoing.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static void register(TenantId tenant, String approverId, KeyPair key) throws Exception {
        String publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
        HttpResponse<String> response = post("/v1/approvers", tenant, "reg-" + approverId,
                "{\"approverId\":\"" + approverId + "\",\"publicKey\":\"" + publicKey + "\"}");
        assertThat(response.statusCode()).isIn(200, 201);
    }

    private static HttpResponse<String> approve(TenantId tenant, String id, String approverId, String signature) throws Exception {
        return post("/v1/withdrawals/" + id + "/approvals", tenant, "ap-" + approverId + "-" + UUID.randomUUID(),
                "{\"approverId\":\"" + approverId + "\",\"signature\":\"" + signature + "\"}");
    }

    private static String state(TenantId tenant, String id) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(custody.endpoint() + "/v1/withdrawals/" + id))
                .header("X-Tenant-Id", tenant.value()).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        return CODEC.readTree(body.getBytes()).get("state").asText();
    }

    private static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static String sign(KeyPair key, byte[] message) throws Exception {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(key.getPrivate());
        signature.update(message);
        return Base64.getEncoder().encodeToString(signature.sign());
    }
}
