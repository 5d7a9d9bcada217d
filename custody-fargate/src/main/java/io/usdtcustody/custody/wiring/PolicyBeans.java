package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Factory;
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
import io.usdtcustody.custody.policy.adapter.HoldingTravelRuleCheck;
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

    /** Until the KYC function supplies IVMS101 data, withdrawals above the Travel Rule threshold are held. */
    @Singleton
    PolicyEngine policyEngine(PolicyDocument document, SanctionsScreen sanctions, WhitelistStore whitelist,
                              WithdrawalUsageStore usage, AuditLog audit, Clock clock) {
        return new PolicyEngine(document, sanctions, whitelist, usage, new HoldingTravelRuleCheck(), audit, clock);
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
