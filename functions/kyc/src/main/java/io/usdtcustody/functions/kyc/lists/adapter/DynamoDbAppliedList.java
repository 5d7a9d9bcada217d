package io.usdtcustody.functions.kyc.lists.adapter;

import io.usdtcustody.functions.kyc.lists.port.AppliedList;
import io.usdtcustody.model.customers.CustomerTable;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The applied list version as one platform item in the customers table, beside the cases it produced:
 * {@code pk PLATFORM#SANCTIONS_LIST, sk APPLIED}, with {@code location} and {@code appliedAt}. No tenant owns it,
 * and its {@code type} is none a tenant's read or the case store's scans look for.
 */
public final class DynamoDbAppliedList implements AppliedList {
    static final String PK = "PLATFORM#SANCTIONS_LIST";
    static final String SK = "APPLIED";
    static final String TYPE = "SANCTIONS_LIST_APPLIED";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Clock clock;

    public DynamoDbAppliedList(DynamoDbClient dynamoDb, String table, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<String> applied() {
        var response = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true).key(key()));
        return response.hasItem() && response.item().containsKey("location")
                ? Optional.of(response.item().get("location").s()) : Optional.empty();
    }

    @Override
    public void record(String location) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key());
        item.put(CustomerTable.TYPE, AttributeValue.fromS(TYPE));
        item.put("location", AttributeValue.fromS(location));
        item.put("appliedAt", AttributeValue.fromS(clock.instant().toString()));
        dynamoDb.putItem(p -> p.tableName(table).item(item));
    }

    private static Map<String, AttributeValue> key() {
        return Map.of(CustomerTable.PK, AttributeValue.fromS(PK), CustomerTable.SK, AttributeValue.fromS(SK));
    }
}
