package io.usdtcustody.custody.policy;

import static io.usdtcustody.custody.policy.PolicyFixtures.CODEC;
import static io.usdtcustody.custody.policy.PolicyFixtures.SANCTIONS_RULE;
import static io.usdtcustody.custody.policy.PolicyFixtures.policy;
import static io.usdtcustody.custody.policy.PolicyFixtures.rule;
import static io.usdtcustody.custody.policy.PolicyFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.policy.rule.ApprovalThresholdRule;
import io.usdtcustody.custody.policy.rule.PolicyRule;
import io.usdtcustody.custody.policy.rule.RollingLimitRule;
import io.usdtcustody.custody.policy.rule.TravelRule;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PolicyDocumentTest {

    private static PolicyDocument parse(String json) {
        return PolicyDocument.parse(json.getBytes(StandardCharsets.UTF_8), CODEC);
    }

    @Test
    void loadDefault_shouldDecodeEveryRuleInOrder_whenTheShippedDocumentIsRead() {
        PolicyDocument document = PolicyDocument.loadDefault(CODEC);

        assertThat(document.version()).isEqualTo("2026-11-25.1");
        assertThat(document.rules()).extracting(PolicyRule::type).containsExactly("sanctions", "whitelist",
                "per-transaction-limit", "rolling-limit", "rolling-limit", "velocity", "approval-threshold",
                "approval-threshold", "travel-rule");
        assertThat(document.rules().get(1).enabled()).isFalse();
        assertThat(document.whitelistCoolingOff()).isEmpty();
        assertThat(document.tracksUsage()).isTrue();
        RollingLimitRule tenant = (RollingLimitRule) document.rules().get(4);
        assertThat(tenant.scope()).isEqualTo(RollingLimitRule.Scope.TENANT);
        assertThat(tenant.window()).isEqualTo(Duration.ofHours(24));
        assertThat(tenant.limits().forAsset(Asset.USDT_OMNI)).contains(Amount.parse("5000000", Asset.USDT_OMNI));
        assertThat(((ApprovalThresholdRule) document.rules().get(7)).approvals()).isEqualTo(3);
        assertThat(((TravelRule) document.rules().get(8)).atOrAbove().forAsset(Asset.USDT_TRON))
                .contains(Amount.parse("1000", Asset.USDT_TRON));
    }

    @Test
    void parse_shouldReportTheWhitelistCoolingOff_whenTheRuleIsEnabled() {
        assertThat(policy(rule("whitelist", "{\"coolingOff\":\"PT48H\"}")).whitelistCoolingOff())
                .contains(Duration.ofHours(48));
    }

    @Test
    void parse_shouldRefuse_whenARuleTypeIsUnknown() {
        assertThatThrownBy(() -> policy(rule("allow-everything", "{}")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("rule 1: unknown type");
    }

    @Test
    void parse_shouldRefuse_whenAParameterIsUnknown() {
        assertThatThrownBy(() -> policy(rule("velocity", "{\"window\":\"PT1H\",\"maxCount\":3,\"burst\":9}")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("rule 1 (velocity)");
    }

    @Test
    void parse_shouldRefuse_whenAFieldIsMissing() {
        assertThatThrownBy(() -> parse("{\"version\":\"2026-11-25.1\",\"description\":\"x\",\"rules\":["
                + "{\"type\":\"sanctions\",\"parameters\":{}}]}")).isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void parse_shouldRefuse_whenAnAmountIsAJsonNumber() {
        assertThatThrownBy(() -> policy(rule("per-transaction-limit",
                "{\"limits\":[{\"asset\":\"USDT\",\"chain\":\"TRON\",\"amount\":100}]}")))
                .isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void parse_shouldRefuse_whenAnAmountHasMoreDecimalsThanTheAsset() {
        assertThatThrownBy(() -> policy(rule("per-transaction-limit", "{\"limits\":" + usdt("1.0000001") + "}")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("USDT@ETHEREUM scale");
    }

    @Test
    void parse_shouldRefuse_whenAnAssetIsListedTwice() {
        String twice = "[{\"asset\":\"USDT\",\"chain\":\"TRON\",\"amount\":\"1\"},"
                + "{\"asset\":\"USDT\",\"chain\":\"TRON\",\"amount\":\"2\"}]";
        assertThatThrownBy(() -> policy(rule("per-transaction-limit", "{\"limits\":" + twice + "}")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("listed twice");
    }

    @Test
    void parse_shouldRefuse_whenSanctionsIsNotTheFirstRule() {
        assertThatThrownBy(() -> parse("{\"version\":\"2026-11-25.1\",\"description\":\"x\",\"rules\":["
                + rule("velocity", "{\"window\":\"PT1H\",\"maxCount\":3}") + "," + SANCTIONS_RULE + "]}"))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("rule 0 must be an enabled sanctions rule");
    }

    @Test
    void parse_shouldRefuse_whenSanctionsIsDisabled() {
        assertThatThrownBy(() -> parse("{\"version\":\"2026-11-25.1\",\"description\":\"x\",\"rules\":["
                + "{\"type\":\"sanctions\",\"enabled\":false,\"parameters\":{}}]}"))
                .isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void parse_shouldRefuse_whenTheVersionIsNotDateAndRevision() {
        assertThatThrownBy(() -> parse("{\"version\":\"latest\",\"description\":\"x\",\"rules\":[" + SANCTIONS_RULE + "]}"))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("version");
    }

    @Test
    void parse_shouldRefuse_whenAWindowIsNotAnIsoDuration() {
        assertThatThrownBy(() -> policy(rule("velocity", "{\"window\":\"1 hour\",\"maxCount\":3}")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("ISO-8601");
    }

    @Test
    void parse_shouldRefuse_whenApprovalsAreOutOfRange() {
        assertThatThrownBy(() -> policy(rule("approval-threshold", "{\"above\":" + usdt("10") + ",\"approvals\":0}")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("approvals");
    }
}
