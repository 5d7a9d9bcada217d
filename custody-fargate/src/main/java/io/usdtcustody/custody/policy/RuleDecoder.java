package io.usdtcustody.custody.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.custody.policy.rule.ApprovalThresholdRule;
import io.usdtcustody.custody.policy.rule.MoneyThresholds;
import io.usdtcustody.custody.policy.rule.PerTransactionLimitRule;
import io.usdtcustody.custody.policy.rule.PolicyRule;
import io.usdtcustody.custody.policy.rule.RollingLimitRule;
import io.usdtcustody.custody.policy.rule.SanctionsRule;
import io.usdtcustody.custody.policy.rule.TravelRule;
import io.usdtcustody.custody.policy.rule.VelocityRule;
import io.usdtcustody.custody.policy.rule.WhitelistRule;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Turns one {@link PolicyJson.Rule} into its typed rule, decoding the parameters strictly for its type. */
final class RuleDecoder {
    private RuleDecoder() {
    }

    static PolicyRule decode(PolicyJson.Rule rule, int index, JsonCodec codec) {
        String where = "rule " + index + " (" + rule.type() + ")";
        JsonNode parameters = rule.parameters();
        if (parameters == null || !parameters.isObject()) {
            throw new InvalidPolicyException(where + ": parameters must be an object");
        }
        try {
            return switch (rule.type()) {
                case SanctionsRule.TYPE -> {
                    if (!parameters.isEmpty()) {
                        throw new InvalidPolicyException(where + ": takes no parameters");
                    }
                    yield new SanctionsRule(rule.enabled());
                }
                case WhitelistRule.TYPE -> new WhitelistRule(rule.enabled(),
                        duration(read(codec, parameters, PolicyJson.Whitelist.class, where).coolingOff(), where));
                case PerTransactionLimitRule.TYPE -> new PerTransactionLimitRule(rule.enabled(), MoneyThresholds
                        .parse(read(codec, parameters, PolicyJson.PerTransactionLimit.class, where).limits(), where));
                case RollingLimitRule.TYPE -> rolling(rule.enabled(),
                        read(codec, parameters, PolicyJson.RollingLimit.class, where), where);
                case VelocityRule.TYPE -> {
                    PolicyJson.Velocity v = read(codec, parameters, PolicyJson.Velocity.class, where);
                    yield new VelocityRule(rule.enabled(), duration(v.window(), where), v.maxCount());
                }
                case ApprovalThresholdRule.TYPE -> {
                    PolicyJson.ApprovalThreshold a = read(codec, parameters, PolicyJson.ApprovalThreshold.class, where);
                    yield new ApprovalThresholdRule(rule.enabled(), MoneyThresholds.parse(a.above(), where), a.approvals());
                }
                case TravelRule.TYPE -> {
                    PolicyJson.TravelRule t = read(codec, parameters, PolicyJson.TravelRule.class, where);
                    yield new TravelRule(rule.enabled(), MoneyThresholds.parse(t.atOrAbove(), where), t.approvals());
                }
                default -> throw new InvalidPolicyException("rule " + index + ": unknown type");
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(where + ": " + e.getMessage(), e);
        }
    }

    private static RollingLimitRule rolling(boolean enabled, PolicyJson.RollingLimit r, String where) {
        RollingLimitRule.Scope scope;
        try {
            scope = RollingLimitRule.Scope.valueOf(r.scope());
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(where + ": scope must be CUSTOMER or TENANT");
        }
        return new RollingLimitRule(enabled, scope, duration(r.window(), where), MoneyThresholds.parse(r.limits(), where));
    }

    private static <T> T read(JsonCodec codec, JsonNode parameters, Class<T> type, String where) {
        try {
            return codec.fromTree(parameters, type);
        } catch (JsonDecodingException e) {
            throw new InvalidPolicyException(where + ": " + e.getMessage(), e);
        }
    }

    private static Duration duration(String text, String where) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidPolicyException(where + ": durations are ISO-8601 such as PT24H");
        }
    }
}
