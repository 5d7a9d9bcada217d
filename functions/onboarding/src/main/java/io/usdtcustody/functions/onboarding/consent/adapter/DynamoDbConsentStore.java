package io.usdtcustody.functions.onboarding.consent.adapter;

import io.usdtcustody.functions.onboarding.consent.Consent;
import io.usdtcustody.functions.onboarding.consent.ConsentType;
import io.usdtcustody.functions.onboarding.consent.port.ConsentStore;
import io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link ConsentStore} in the customer's item collection: {@code sk CONSENT#<recordedAt>#<consentId>} (so a
 * query returns the history in time order) with {@code type} {@code CONSENT}, {@code tenant},
 * {@code customerId}, {@code consentId}, {@code consentType}, {@code documentVersion}, {@code granted} BOOL and
 * {@code recordedAt}. Written in one transaction with a check that the customer exists.
 */
public final class DynamoDbConsentStore implements ConsentStore {
    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbConsentStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public boolean record(TenantId tenant, String customerId, Consent consent) {
        Map<String, AttributeValue> item = new HashMap<>(CustomerKeys.key(tenant, customerId,
                CustomerKeys.CONSENT_PREFIX + CustomerKeys.sortableTime(consent.recordedAt()) + "#" + consent.consentId()));
        item.put("type", AttributeValue.fromS("CONSENT"));
        item.put(CustomerKeys.TENANT, AttributeValue.fromS(tenant.value()));
        item.put("customerId", AttributeValue.fromS(customerId));
        item.put("consentId", AttributeValue.fromS(consent.consentId()));
        item.put("consentType", AttributeValue.fromS(consent.type().name()));
        item.put("documentVersion", AttributeValue.fromS(consent.documentVersion()));
        item.put("granted", AttributeValue.fromBool(consent.granted()));
        item.put("recordedAt", AttributeValue.fromS(consent.recordedAt().toString()));
        try {
            dynamoDb.transactWriteItems(write -> write.transactItems(
                    TransactWriteItem.builder().conditionCheck(check -> check.tableName(table)
                            .key(CustomerKeys.customerKey(tenant, customerId))
                            .conditionExpression("attribute_exists(" + CustomerKeys.PK + ")")).build(),
                    TransactWriteItem.builder().put(put -> put.tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(" + CustomerKeys.PK + ")")).build()));
            return true;
        } catch (TransactionCanceledException e) {
            if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Consent> history(TenantId tenant, String customerId) {
        List<Consent> consents = new ArrayList<>();
        var pages = dynamoDb.queryPaginator(query -> query.tableName(table).consistentRead(true)
                .keyConditionExpression(CustomerKeys.PK + " = :pk AND begins_with(" + CustomerKeys.SK + ", :prefix)")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(CustomerKeys.partition(tenant, customerId)),
                        ":prefix", AttributeValue.fromS(CustomerKeys.CONSENT_PREFIX))));
        for (Map<String, AttributeValue> item : pages.items()) {
            CustomerKeys.requireTenant(item, tenant);
            consents.add(new Consent(item.get("consentId").s(), ConsentType.valueOf(item.get("consentType").s()),
                    item.get("documentVersion").s(), item.get("granted").bool(),
                    Instant.parse(item.get("recordedAt").s())));
        }
        return consents;
    }
}
