package io.usdtcustody.custody.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.policy.adapter.DynamoDbWithdrawalUsageStore;
import io.usdtcustody.custody.policy.port.WithdrawalUsageStore;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@LocalCloudTest(Service.DYNAMODB)
class DynamoDbWithdrawalUsageStoreIT extends WithdrawalUsageStoreContract {
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void tables(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.WALLETS);
    }

    @Override
    protected WithdrawalUsageStore newStore() {
        return new DynamoDbWithdrawalUsageStore(dynamoDb, table, DynamoDbWithdrawalUsageStore.DEFAULT_RETENTION);
    }

    @Test
    void record_shouldWriteATimeOrderedItemWithAnExpiry_underTheCustomerAndTheTenant() {
        TenantId tenant = TenantId.of("ttl-check");
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        newStore().record(new UsageRecord(tenant, "alice", id, Amount.parse("1", Asset.USDT_TRON), at));

        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("USAGE#ttl-check#C#alice"),
                "sk", AttributeValue.fromS("2026-11-25T10:00:00.000000000Z#" + id)))).item();

        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(at.plus(DynamoDbWithdrawalUsageStore.DEFAULT_RETENTION)
                .getEpochSecond()));
        assertThat(dynamoDb.getItem(r -> r.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("USAGE#ttl-check#T"),
                "sk", AttributeValue.fromS("2026-11-25T10:00:00.000000000Z#" + id)))).item()).isNotEmpty();
    }
}
