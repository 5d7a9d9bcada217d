package io.usdtcustody.custody.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.approval.ApproverKeys;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Await;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Hot/cold on the local chain with both HSM tokens: the hot wallet above its maximum is swept to the cold wallet
 * (key in the cold token) without anyone's approval; a replenishment back to hot is refused to its initiator,
 * waits for two distinct operators' signed approvals and its delay, and is then signed in the cold token, sent
 * and confirmed.
 */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS, Service.HSM, Service.EVM})
class TreasuryIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonCodec CODEC = new JsonCodec();
    private static final BigInteger USDT = BigInteger.valueOf(1_000_000);

    @Test
    void excessIsSweptToCold_andReplenishmentNeedsTwoApproversAndTheDelay(CloudResources cloud, EvmNode evm)
            throws Exception {
        Map<String, String> environment = new HashMap<>(cloud.environment());
        environment.put("CUSTODY_WITHDRAWALS_CONFIRMATIONS", "1");
        environment.put("CUSTODY_TREASURY_HOT_MAX", "100");
        environment.put("CUSTODY_TREASURY_HOT_TARGET", "40");
        environment.put("CUSTODY_TREASURY_REPLENISH_APPROVALS", "2");
        environment.put("CUSTODY_TREASURY_REPLENISH_DELAY", "3s");
        environment.put("CUSTODY_TREASURY_CHECK_INTERVAL", "300ms");
        environment.put("CUSTODY_TREASURY_SEND_INTERVAL", "200ms");
        try (ServiceProcess custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY,
                Ports.freeOr(0), environment, cloud.cloud().stateDir())) {
            JsonNode overview = call(custody, "GET", "/v1/treasury", null, "platform", null).body();
            String hot = overview.get("hotAddress").asText();
            String cold = overview.get("coldAddress").asText();
            assertThat(cold).isNotEqualTo(hot);
            assertThat(call(custody, "GET", "/v1/treasury", null, "acme", null).status())
                    .as("a customer tenant cannot see the treasury").isEqualTo(403);

            evm.fundEther(hot, BigInteger.TEN.pow(18));
            evm.fundEther(cold, BigInteger.TEN.pow(18));
            // the hot key lives in the run's shared token, so other test classes may have left tokens on it:
            // let any sweep of those finish, then start from what is there
            Await.until("the treasury to settle", Duration.ofSeconds(60), () -> evm.tokenBalance(hot).compareTo(
                    USDT.multiply(BigInteger.valueOf(100))) <= 0 && call(custody, "GET", "/v1/treasury", null,
                    "platform", null).body().get("openMoves").isEmpty(), () -> "");
            BigInteger hotBefore = evm.tokenBalance(hot);
            BigInteger coldBefore = evm.tokenBalance(cold);
            evm.mint(hot, USDT.multiply(BigInteger.valueOf(150)));
            BigInteger swept = hotBefore.add(USDT.multiply(BigInteger.valueOf(110)));
            Await.until("the excess to reach cold", Duration.ofSeconds(60),
                    () -> evm.tokenBalance(cold).equals(coldBefore.add(swept)), () -> "");
            assertThat(evm.tokenBalance(hot)).isEqualTo(USDT.multiply(BigInteger.valueOf(40)));

            ApproverKeys bob = ApproverKeys.generate();
            ApproverKeys carol = ApproverKeys.generate();
            ApproverKeys alice = ApproverKeys.generate();
            for (var entry : Map.of("alice", alice, "bob", bob, "carol", carol).entrySet()) {
                assertThat(call(custody, "POST", "/v1/approvers", "{\"approverId\":\"" + entry.getKey()
                        + "\",\"publicKey\":\"" + entry.getValue().publicKey() + "\"}", "platform", "reg-" + entry.getKey())
                        .status()).isIn(200, 201);
            }
            Reply requested = call(custody, "POST", "/v1/treasury/replenishments",
                    "{\"amount\":\"30\",\"initiatedBy\":\"alice\"}", "platform", "replenish-1");
            assertThat(requested.status()).isEqualTo(201);
            String id = requested.body().get("id").asText();
            byte[] message = Base64.getDecoder().decode(requested.body().get("approvalMessage").asText());

            Reply self = approve(custody, id, "alice", alice.sign(message));
            assertThat(self.status()).isEqualTo(403);
            assertThat(approve(custody, id, "bob", bob.sign(message)).body().get("state").asText())
                    .isEqualTo("PENDING_APPROVAL");
            JsonNode approved = approve(custody, id, "carol", carol.sign(message)).body();
            assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
            assertThat(approved.get("releaseAt").isNull()).isFalse();
            assertThat(evm.tokenBalance(hot)).as("nothing moves during the delay")
                    .isEqualTo(USDT.multiply(BigInteger.valueOf(40)));

            AtomicReference<JsonNode> move = new AtomicReference<>();
            Await.until("the replenishment to be confirmed", Duration.ofSeconds(60), () -> {
                move.set(call(custody, "GET", "/v1/treasury/moves/" + id, null, "platform", null).body());
                return "CONFIRMED".equals(move.get().get("state").asText());
            }, () -> String.valueOf(move.get()));
            assertThat(evm.tokenBalance(hot)).isEqualTo(USDT.multiply(BigInteger.valueOf(70)));
            assertThat(evm.tokenBalance(cold)).isEqualTo(coldBefore.add(swept).subtract(USDT.multiply(BigInteger.valueOf(30))));
            assertThat(move.get().get("approvedBy")).hasSize(2);
        }
    }

    private record Reply(int status, JsonNode body) {
    }

    private static Reply approve(ServiceProcess custody, String id, String approver, byte[] signature) {
        return call(custody, "POST", "/v1/treasury/moves/" + id + "/approvals", "{\"approverId\":\"" + approver
                + "\",\"signature\":\"" + Base64.getEncoder().encodeToString(signature) + "\"}", "platform",
                "approve-" + approver);
    }

    private static Reply call(ServiceProcess custody, String method, String path, String body, String tenant,
                              String idempotencyKey) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(custody.endpoint() + path))
                    .header("X-Tenant-Id", tenant)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), CODEC.readTree(response.body().getBytes()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
