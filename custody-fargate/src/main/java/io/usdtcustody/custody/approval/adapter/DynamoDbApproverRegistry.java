package io.usdtcustody.custody.approval.adapter;

import io.usdtcustody.custody.approval.Approver;
import io.usdtcustody.custody.approval.port.ApproverRegistry;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Approvers in the wallets table: {@code pk = APPROVER#<tenant>}, {@code sk = <approver id>}, written only if
 * absent so a registered key is never silently replaced.
 */
public final class DynamoDbApproverRegistry implements ApproverRegistry {
    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbApproverRegistry(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Registered register(Approver approver) {
        try {
            dynamoDb.putItem(r -> r.tableName(table).conditionExpression("attribute_not_exists(pk)")
                    .item(Map.of("pk", pk(approver.tenant()), "sk", AttributeValue.fromS(approver.approverId()),
                            "publicKey", AttributeValue.fromS(approver.publicKey()),
                            "registeredAt", AttributeValue.fromS(approver.registeredAt().toString()))));
            return new Registered(approver, false, true);
        } catch (ConditionalCheckFailedException e) {
            Approver existing = find(approver.tenant(), approver.approverId())
                    .orElseThrow(() -> new IllegalStateException("approver vanished after a failed condition"));
            return new Registered(existing, true, existing.publicKey().equals(approver.publicKey()));
        }
    }

    @Override
    public Optional<Approver> find(TenantId tenant, String approverId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("pk", pk(tenant), "sk", AttributeValue.fromS(approverId)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Approver(tenant, approverId, item.get("publicKey").s(),
                Instant.parse(item.get("registeredAt").s())));
    }

    private static AttributeValue pk(TenantId tenant) {
        return AttributeValue.fromS("APPROVER#" + tenant.value());
    }
}
