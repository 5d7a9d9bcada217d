package io.usdtcustody.functions.onboarding.customer.adapter;

import io.usdtcustody.functions.onboarding.customer.Customer;
import io.usdtcustody.functions.onboarding.customer.port.CustomerStore;
import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link CustomerStore} on the catalogue's customers table (item layout in {@link CustomerKeys} and
 * {@link CustomerItems}). Creation is a conditional put, so an id is never taken twice; reads are consistent and
 * checked against the tenant asked for. The KYC standing is the KYC function's item, of which only the status is read.
 */
public final class DynamoDbCustomerStore implements CustomerStore {
    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbCustomerStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public boolean create(Customer customer) {
        try {
            dynamoDb.putItem(put -> put.tableName(table).item(CustomerItems.toItem(customer))
                    .conditionExpression("attribute_not_exists(" + CustomerKeys.PK + ")"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<Customer> find(TenantId tenant, String customerId) {
        var response = dynamoDb.getItem(get -> get.tableName(table)
                .key(CustomerKeys.customerKey(tenant, customerId)).consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CustomerItems.fromItem(CustomerKeys.requireTenant(response.item(), tenant)));
    }

    @Override
    public Optional<KycStandingStatus> kycStanding(TenantId tenant, String customerId) {
        var response = dynamoDb.getItem(get -> get.tableName(table).consistentRead(true)
                .key(CustomerKeys.key(tenant, customerId, CustomerTable.STANDING_SK))
                .projectionExpression("#status, #tenant")
                .expressionAttributeNames(Map.of("#status", CustomerTable.STANDING_STATUS, "#tenant", CustomerTable.TENANT)));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(KycStandingStatus.valueOf(
                CustomerKeys.requireTenant(response.item(), tenant).get(CustomerTable.STANDING_STATUS).s()));
    }
}
