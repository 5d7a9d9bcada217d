package io.usdtcustody.custody.approval.adapter;

import io.usdtcustody.custody.approval.Approval;
import io.usdtcustody.custody.approval.ApprovalRequirement;
import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Approvals in the wallets table, one partition per withdrawal ({@code pk = APPR#<tenant>#<withdrawal id>}): the
 * requirement at {@code sk = REQUIREMENT} and one item per approver at {@code sk = APPROVER#<id>}. Every item is
 * written only if absent; counting is a strongly consistent query of the partition, so two approvers who write
 * at the same time are both counted, and one approver can never be counted twice.
 */
public final class DynamoDbApprovalStore implements ApprovalStore {
    private static final String REQUIREMENT = "REQUIREMENT";
    private static final String APPROVER = "APPROVER#";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbApprovalStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public ApprovalRequirement requireOnce(ApprovalRequirement requirement) {
        try {
            dynamoDb.putItem(r -> r.tableName(table).conditionExpression("attribute_not_exists(pk)").item(Map.of(
                    "pk", pk(requirement.tenant(), requirement.withdrawalId()), "sk", s(REQUIREMENT),
                    "requiredApprovals", AttributeValue.fromN(Integer.toString(requirement.requiredApprovals())),
                    "policyVersion", s(requirement.policyVersion()),
                    "decidedAt", s(requirement.decidedAt().toString()))));
            return requirement;
        } catch (ConditionalCheckFailedException e) {
            return requirement(requirement.tenant(), requirement.withdrawalId())
                    .orElseThrow(() -> new IllegalStateException("requirement vanished after a failed condition"));
        }
    }

    @Override
    public Optional<ApprovalRequirement> requirement(TenantId tenant, UUID withdrawalId) {
        Map<String, AttributeValue> item = get(tenant, withdrawalId, REQUIREMENT);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ApprovalRequirement(tenant, withdrawalId,
                Integer.parseInt(item.get("requiredApprovals").n()), item.get("policyVersion").s(),
                Instant.parse(item.get("decidedAt").s())));
    }

    @Override
    public Recorded record(TenantId tenant, UUID withdrawalId, Approval approval) {
        try {
            dynamoDb.putItem(r -> r.tableName(table).conditionExpression("attribute_not_exists(pk)").item(Map.of(
                    "pk", pk(tenant, withdrawalId), "sk", s(APPROVER + approval.approverId()),
                    "approverId", s(approval.approverId()), "signature", s(approval.signature()),
                    "approvedAt", s(approval.approvedAt().toString()))));
            return Recorded.NEW;
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> existing = get(tenant, withdrawalId, APPROVER + approval.approverId());
            return approval.signature().equals(existing.get("signature").s()) ? Recorded.REPLAY : Recorded.DUPLICATE_APPROVER;
        }
    }

    @Override
    public List<Approval> approvals(TenantId tenant, UUID withdrawalId) {
        List<Approval> approvals = new ArrayList<>();
        var pages = dynamoDb.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :approver)")
                .expressionAttributeValues(Map.of(":pk", pk(tenant, withdrawalId), ":approver", s(APPROVER))));
        for (Map<String, AttributeValue> item : pages.items()) {
            approvals.add(new Approval(item.get("approverId").s(), item.get("signature").s(),
                    Instant.parse(item.get("approvedAt").s())));
        }
        return approvals;
    }

    private Map<String, AttributeValue> get(TenantId tenant, UUID withdrawalId, String sk) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("pk", pk(tenant, withdrawalId), "sk", s(sk)))).item();
        return item == null ? Map.of() : item;
    }

    private static AttributeValue pk(TenantId tenant, UUID withdrawalId) {
        return s("APPR#" + tenant.value() + "#" + withdrawalId);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
