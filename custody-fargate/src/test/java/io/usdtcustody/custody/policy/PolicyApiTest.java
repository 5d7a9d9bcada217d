package io.usdtcustody.custody.policy;

import static io.usdtcustody.custody.policy.PolicyFixtures.CODEC;
import static io.usdtcustody.custody.policy.PolicyFixtures.policy;
import static io.usdtcustody.custody.policy.PolicyFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.usdtcustody.custody.policy.api.PolicyDryRunController;
import io.usdtcustody.custody.policy.api.WhitelistController;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonDecodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The dry-run and whitelist controllers, called directly (no server): status codes, bodies and errors. */
class PolicyApiTest extends PolicyFixtures {
    private final PolicyEngine engine = engine(policy(rule("whitelist", "{\"coolingOff\":\"PT24H\"}")));
    private final PolicyDryRunController dryRun = new PolicyDryRunController(engine, CODEC);
    private final WhitelistService service = new WhitelistService(whitelist, audit, clock);
    private final WhitelistController controller = new WhitelistController(service, engine, CODEC);

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode body(HttpResponse<byte[]> response) {
        return CODEC.readTree(response.body());
    }

    private static String withdrawalBody(String destination) {
        return "{\"customerId\":\"alice\",\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"10\",\"destination\":\""
                + destination + "\"}";
    }

    @Test
    void dryRun_shouldAnswerTheDecision_andChangeNothing() {
        HttpResponse<byte[]> response = dryRun.dryRun("acme", json(withdrawalBody(SANCTIONED)));

        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        JsonNode decision = body(response);
        assertThat(decision.get("outcome").asText()).isEqualTo("REJECT");
        assertThat(decision.get("reasonCode").asText()).isEqualTo("SANCTIONED_ADDRESS");
        assertThat(decision.get("policyVersion").asText()).isEqualTo("2026-11-25.1");
        assertThat(decision.get("rules").get(0).get("verdict").asText()).isEqualTo("REJECT");
        assertThat(audit.records()).isEmpty();
    }

    @Test
    void dryRun_shouldRefuseAnUnknownField_likeTheWithdrawalApi() {
        assertThatThrownBy(() -> dryRun.dryRun("acme", json("{\"customerId\":\"alice\",\"extra\":1}")))
                .isInstanceOf(JsonDecodingException.class);
    }

    @Test
    void dryRun_shouldRefuse_whenTheTenantIsMissing() {
        assertThatThrownBy(() -> dryRun.dryRun(null, json(withdrawalBody(CLEAN))))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAUTHENTICATED));
    }

    @Test
    void whitelist_shouldAddNormalisedAndShowWhenUsable_thenAllowTheWithdrawalAfterCoolingOff() {
        String lowerCase = CLEAN.toLowerCase();
        HttpResponse<byte[]> created = controller.add("acme", null, null, "k1", "alice",
                json("{\"chain\":\"ethereum\",\"address\":\"" + lowerCase + "\",\"label\":\"cold wallet\"}"));

        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(body(created).get("address").asText()).isEqualTo(CLEAN);
        assertThat(body(created).get("usableFrom").asText()).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(body(dryRun.dryRun("acme", json(withdrawalBody(CLEAN)))).get("reasonCode").asText())
                .isEqualTo("DESTINATION_COOLING_OFF");
        assertThat(audit.ofType("whitelist.added")).singleElement()
                .satisfies(r -> assertThat(r.details()).doesNotContainValue(CLEAN));
    }

    @Test
    void whitelist_shouldReplayWith200_andConflictOnAReusedKey() {
        String entry = "{\"chain\":\"ETHEREUM\",\"address\":\"" + CLEAN + "\",\"label\":\"\"}";
        controller.add("acme", null, null, "k1", "alice", json(entry));

        assertThat(controller.add("acme", null, null, "k1", "alice", json(entry)).code()).isEqualTo(HttpStatus.OK.getCode());
        assertThatThrownBy(() -> controller.add("acme", null, null, "k1", "alice", json(
                "{\"chain\":\"TRON\",\"address\":\"TTUDyVhhpCC1xJoPmWzdjLAzeoPwbSABdr\",\"label\":\"\"}")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        assertThat(audit.ofType("whitelist.added")).hasSize(1);
    }

    @Test
    void whitelist_shouldRefuseAnInvalidAddress_andAMissingIdempotencyKey() {
        assertThatThrownBy(() -> controller.add("acme", null, null, "k1", "alice",
                json("{\"chain\":\"ETHEREUM\",\"address\":\"0x1234\",\"label\":\"\"}")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_ADDRESS));
        assertThatThrownBy(() -> controller.add("acme", null, null, null, "alice",
                json("{\"chain\":\"ETHEREUM\",\"address\":\"" + CLEAN + "\",\"label\":\"\"}")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThat(whitelist.list(TENANT, "alice")).isEmpty();
    }

    @Test
    void whitelist_shouldListAndDelete_idempotently() {
        controller.add("acme", null, null, "k1", "alice", json("{\"chain\":\"ETHEREUM\",\"address\":\"" + CLEAN + "\",\"label\":\"x\"}"));

        assertThat(body(controller.list("acme", null, null, "alice")).get("entries")).hasSize(1);
        assertThat(controller.remove("acme", null, null, "d1", "alice", "ETHEREUM", CLEAN).code()).isEqualTo(HttpStatus.NO_CONTENT.getCode());
        assertThat(controller.remove("acme", null, null, "d1", "alice", "ETHEREUM", CLEAN).code()).isEqualTo(HttpStatus.NO_CONTENT.getCode());
        assertThat(body(controller.list("acme", null, null, "alice")).get("entries")).isEmpty();
        assertThat(audit.ofType("whitelist.removed")).hasSize(1);
    }
}
