package io.usdtcustody.custody.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The JSON shapes of a policy document, decoded strictly by the shared {@code JsonCodec}: every field is
 * required, unknown fields are refused, amounts are decimal strings. {@link PolicyDocument#parse} turns them
 * into typed rules.
 */
public final class PolicyJson {
    private PolicyJson() {
    }

    /** {@code {"version":"2026-11-25.1","description":"…","rules":[…]}}. */
    public record Document(String version, String description, List<Rule> rules) {
    }

    /** One rule: its type, whether it is on, and the type's own parameters object. */
    public record Rule(String type, boolean enabled, JsonNode parameters) {
    }

    /** An amount of one asset on one chain: {@code {"asset":"USDT","chain":"TRON","amount":"100000"}}. */
    public record Money(String asset, String chain, String amount) {
    }

    /** {@code whitelist}: destinations must be on the customer's list for at least {@code coolingOff} (ISO-8601). */
    public record Whitelist(String coolingOff) {
    }

    /** {@code per-transaction-limit}: one withdrawal above the amount is refused. */
    public record PerTransactionLimit(List<Money> limits) {
    }

    /** {@code rolling-limit}: the sum over {@code window} per {@code scope} (CUSTOMER or TENANT). */
    public record RollingLimit(String scope, String window, List<Money> limits) {
    }

    /** {@code velocity}: at most {@code maxCount} withdrawals per customer within {@code window}. */
    public record Velocity(String window, int maxCount) {
    }

    /** {@code approval-threshold}: an amount strictly above the threshold needs {@code approvals} approvers. */
    public record ApprovalThreshold(List<Money> above, int approvals) {
    }

    /** {@code travel-rule}: an amount at or above the threshold needs originator and beneficiary data. */
    public record TravelRule(List<Money> atOrAbove, int approvals) {
    }
}
