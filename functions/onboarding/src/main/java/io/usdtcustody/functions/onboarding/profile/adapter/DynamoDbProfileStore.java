package io.usdtcustody.functions.onboarding.profile.adapter;

import static io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys.PROFILE_VERSION;

import io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys;
import io.usdtcustody.functions.onboarding.profile.Profile;
import io.usdtcustody.functions.onboarding.profile.port.ProfileStore;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link ProfileStore} in the customer's item collection: one item per version ({@code sk PROFILE#<10 digits>},
 * layout in {@link ProfileItems}), written in one transaction with the customer item's {@code profileVersion},
 * conditional on that pointer still being the previous version, so concurrent writers cannot both win and no
 * version is ever overwritten.
 */
public final class DynamoDbProfileStore implements ProfileStore {
    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbProfileStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public Saved save(TenantId tenant, String customerId, Profile profile) {
        TransactWriteItem pointer = TransactWriteItem.builder().update(update -> update.tableName(table)
                .key(CustomerKeys.customerKey(tenant, customerId))
                .updateExpression("SET " + PROFILE_VERSION + " = :version")
                .conditionExpression("attribute_exists(" + CustomerKeys.PK + ") AND " + PROFILE_VERSION + " = :previous")
                .expressionAttributeValues(Map.of(
                        ":version", AttributeValue.fromN(Integer.toString(profile.version())),
                        ":previous", AttributeValue.fromN(Integer.toString(profile.version() - 1))))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
        TransactWriteItem version = TransactWriteItem.builder().put(put -> put.tableName(table)
                .item(ProfileItems.toItem(tenant, customerId, profile))
                .conditionExpression("attribute_not_exists(" + CustomerKeys.PK + ")")).build();
        try {
            dynamoDb.transactWriteItems(write -> write.transactItems(pointer, version));
            return Saved.SAVED;
        } catch (TransactionCanceledException e) {
            CancellationReason onCustomer = e.cancellationReasons().get(0);
            boolean customerExists = onCustomer.item() != null && !onCustomer.item().isEmpty();
            return customerExists || !"ConditionalCheckFailed".equals(onCustomer.code())
                    ? Saved.VERSION_MOVED : Saved.NO_CUSTOMER;
        }
    }

    @Override
    public Optional<Profile> find(TenantId tenant, String customerId, int version) {
        var response = dynamoDb.getItem(get -> get.tableName(table)
                .key(CustomerKeys.key(tenant, customerId, CustomerKeys.profileSort(version))).consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProfileItems.fromItem(CustomerKeys.requireTenant(response.item(), tenant)));
    }
}
