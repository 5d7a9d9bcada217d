package io.usdtcustody.custody.policy;

import io.usdtcustody.custody.policy.adapter.Ivms101TravelRuleCheck;
import io.usdtcustody.custody.policy.adapter.TravelRulePrices;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.travelrule.TravelRuleDecider;
import io.usdtcustody.model.travelrule.TravelRuleThresholds;
import io.usdtcustody.custody.policy.adapter.InMemoryWhitelistStore;
import io.usdtcustody.custody.policy.adapter.InMemoryWithdrawalUsageStore;
import io.usdtcustody.custody.policy.port.TravelRuleCheck;
import io.usdtcustody.custody.policy.port.WithdrawalUsageStore;
import io.usdtcustody.screening.address.SanctionedAddresses;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalRequest;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Shared givens for policy tests: a fixed clock, in-memory stores, a one-address sanctions list, documents. */
class PolicyFixtures {
    static final TenantId TENANT = TenantId.of("acme");
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final String CLEAN = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    static final String SANCTIONED = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
    static final String SANCTIONS_RULE = "{\"type\":\"sanctions\",\"enabled\":true,\"parameters\":{}}";
    static final JsonCodec CODEC = new JsonCodec();

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryWhitelistStore whitelist = new InMemoryWhitelistStore();
    final InMemoryWithdrawalUsageStore usage = new InMemoryWithdrawalUsageStore();
    final RecordingAuditLog audit = new RecordingAuditLog();
    final SanctionedAddresses sanctions = SanctionedAddresses.load("sanctioned_addresses_USDT.txt",
            new StringReader("# test list\n" + SANCTIONED.toLowerCase() + "\n"));

    /** A document of the sanctions rule followed by {@code rules} (JSON objects). */
    static PolicyDocument policy(String... rules) {
        String json = "{\"version\":\"2026-11-25.1\",\"description\":\"test\",\"rules\":[" + SANCTIONS_RULE
                + (rules.length == 0 ? "" : "," + String.join(",", rules)) + "]}";
        return PolicyDocument.parse(json.getBytes(StandardCharsets.UTF_8), CODEC);
    }

    /** A rule JSON object. */
    static String rule(String type, String parameters) {
        return "{\"type\":\"" + type + "\",\"enabled\":true,\"parameters\":" + parameters + "}";
    }

    /** A list of the same USDT amount on every chain. */
    static String usdt(String amount) {
        return "[{\"asset\":\"USDT\",\"chain\":\"ETHEREUM\",\"amount\":\"" + amount + "\"},"
                + "{\"asset\":\"USDT\",\"chain\":\"TRON\",\"amount\":\"" + amount + "\"},"
                + "{\"asset\":\"USDT\",\"chain\":\"OMNI\",\"amount\":\"" + amount + "\"}]";
    }

    PolicyEngine engine(PolicyDocument document) {
        return engine(document, travelRuleCheck(), usage);
    }

    /** The real Travel Rule check under FATF rules, USDT at 1 USD. */
    TravelRuleCheck travelRuleCheck() {
        JsonCodec codec = new JsonCodec();
        return new Ivms101TravelRuleCheck(new TravelRuleDecider(TravelRuleThresholds.defaults(codec)), "FATF",
                () -> TravelRulePrices.parse("USD=1", NOW), codec, clock);
    }

    PolicyEngine engine(PolicyDocument document, TravelRuleCheck travelRule, WithdrawalUsageStore usageStore) {
        return new PolicyEngine(document, sanctions, whitelist, usageStore, travelRule, audit, clock);
    }

    static Amount usdtEth(String amount) {
        return Amount.parse(amount, Asset.USDT_ETHEREUM);
    }

    /** A withdrawal created now by {@code customer}. */
    static Withdrawal withdrawal(String customer, Amount amount, String destination) {
        return Withdrawal.requested(UUID.randomUUID(), TENANT, new WithdrawalRequest(customer, amount, destination), NOW);
    }

    static Withdrawal withdrawal(String amount) {
        return withdrawal("alice", usdtEth(amount), CLEAN);
    }

    /** The beneficiary account of the IVMS101 test payload: withdrawals carrying it go there. */
    static final String TRAVEL_RULE_BENEFICIARY = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";

    /** A complete IVMS101 payload (originator, beneficiary, both VASPs) as a client attaches it. */
    static String travelRulePayload() {
        try (var in = PolicyFixtures.class.getResourceAsStream("/travelrule/ivms101-outgoing.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Withdrawal withdrawalWithTravelRule(String amount, String payload) {
        return Withdrawal.requested(UUID.randomUUID(), TENANT,
                new WithdrawalRequest("alice", usdtEth(amount), TRAVEL_RULE_BENEFICIARY, payload), NOW);
    }

    /** Usage of an earlier withdrawal by {@code customer} at {@code at}. */
    static UsageRecord earlier(String customer, Amount amount, Instant at) {
        return new UsageRecord(TENANT, customer, UUID.randomUUID(), amount, at);
    }
}
