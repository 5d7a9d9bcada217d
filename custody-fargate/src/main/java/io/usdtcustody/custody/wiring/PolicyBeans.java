package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Primary;
import io.usdtcustody.custody.approval.ApprovalRequirementPolicy;
import io.usdtcustody.custody.approval.ApprovalService;
import io.usdtcustody.custody.approval.adapter.DynamoDbApprovalStore;
import io.usdtcustody.custody.approval.adapter.DynamoDbApproverRegistry;
import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.custody.approval.port.ApproverRegistry;
import io.usdtcustody.custody.audit.adapter.DynamoDbAuditLog;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.policy.PolicyDocument;
import io.usdtcustody.custody.policy.PolicyEngine;
import io.usdtcustody.custody.policy.WhitelistService;
import io.usdtcustody.custody.policy.adapter.DynamoDbWhitelistStore;
import io.usdtcustody.custody.policy.adapter.DynamoDbWithdrawalUsageStore;
import io.usdtcustody.custody.policy.adapter.Ivms101TravelRuleCheck;
import io.usdtcustody.custody.policy.adapter.TravelRulePrices;
import io.usdtcustody.custody.policy.port.TravelRuleCheck;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.travelrule.AssetPrices;
import io.usdtcustody.model.travelrule.TravelRuleDecider;
import io.usdtcustody.model.travelrule.TravelRuleThresholds;
import io.usdtcustody.custody.policy.port.WhitelistStore;
import io.usdtcustody.custody.policy.port.WithdrawalUsageStore;
import io.usdtcustody.screening.address.SanctionsScreen;
import io.usdtcustody.custody.withdrawal.WithdrawalService;
import io.usdtcustody.custody.withdrawal.port.WithdrawalPolicy;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The controls before any signature: the audit log, the policy engine (rules as a versioned document), the
 * whitelist, the Travel Rule check and M-of-N approvals. The withdrawal service sees one policy: the engine,
 * with its approval requirement fixed when a withdrawal starts waiting for approvals.
 */
@Factory
public class PolicyBeans {

    @Singleton
    AuditLog auditLog(DynamoDbClient dynamoDb, ResourceNaming naming, Clock clock) {
        return new DynamoDbAuditLog(dynamoDb, naming.table(ResourceCatalogue.AUDIT), clock);
    }

    @Singleton
    PolicyDocument policyDocument(JsonCodec codec) {
        return PolicyDocument.loadDefault(codec);
    }

    @Singleton
    WhitelistStore whitelistStore(DynamoDbClient dynamoDb, ResourceNaming naming) {
        return new DynamoDbWhitelistStore(dynamoDb, naming.table(ResourceCatalogue.WALLETS));
    }

    @Singleton
    WithdrawalUsageStore withdrawalUsageStore(DynamoDbClient dynamoDb, ResourceNaming naming) {
        return new DynamoDbWithdrawalUsageStore(dynamoDb, naming.table(ResourceCatalogue.WALLETS),
                DynamoDbWithdrawalUsageStore.DEFAULT_RETENTION);
    }

    @Singleton
    ApprovalStore approvalStore(DynamoDbClient dynamoDb, ResourceNaming naming) {
        return new DynamoDbApprovalStore(dynamoDb, naming.table(ResourceCatalogue.WALLETS));
    }

    @Singleton
    ApproverRegistry approverRegistry(DynamoDbClient dynamoDb, ResourceNaming naming) {
        return new DynamoDbApproverRegistry(dynamoDb, naming.table(ResourceCatalogue.WALLETS));
    }

    /**
     * The Travel Rule as the IVMS101 data attached to each withdrawal satisfies it, under custody's jurisdiction
     * ({@code custody.travel-rule.jurisdiction}: FATF, EU, US, SG, CH, GB, CA, JP) with a USDT price snapshot
     * ({@code custody.travel-rule.usdt-prices}, e.g. {@code USD=1,EUR=0.92}) for fiat thresholds.
     */
    @Singleton
    TravelRuleCheck travelRuleCheck(JsonCodec codec, Clock clock,
                                    @Value("${custody.travel-rule.jurisdiction:FATF}") String jurisdiction,
                                    @Value("${custody.travel-rule.usdt-prices:USD=1}") String usdtPrices) {
        AssetPrices prices = TravelRulePrices.parse(usdtPrices, clock.instant());
        return new Ivms101TravelRuleCheck(new TravelRuleDecider(TravelRuleThresholds.defaults(codec)), jurisdiction,
                () -> prices, codec, clock);
    }

    @Singleton
    PolicyEngine policyEngine(PolicyDocument document, SanctionsScreen sanctions, WhitelistStore whitelist,
                              WithdrawalUsageStore usage, TravelRuleCheck travelRule, AuditLog audit, Clock clock) {
        return new PolicyEngine(document, sanctions, whitelist, usage, travelRule, audit, clock);
    }

    @Singleton
    @Primary
    WithdrawalPolicy withdrawalPolicy(PolicyEngine engine, ApprovalStore approvals, Clock clock) {
        return new ApprovalRequirementPolicy(engine, approvals, clock);
    }

    @Singleton
    WhitelistService whitelistService(WhitelistStore store, AuditLog audit, Clock clock) {
        return new WhitelistService(store, audit, clock);
    }

    @Singleton
    ApprovalService approvalService(WithdrawalService withdrawals, ApprovalStore approvals, ApproverRegistry approvers,
                                    AuditLog audit, Clock clock) {
        return new ApprovalService(withdrawals, approvals, approvers, audit, clock);
    }
}
