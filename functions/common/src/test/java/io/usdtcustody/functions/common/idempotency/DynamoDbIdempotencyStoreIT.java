package io.usdtcustody.functions.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.common.idempotency.adapter.DynamoDbIdempotencyStore;
import io.usdtcustody.functions.common.idempotency.port.IdempotencyStore;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The contract against the catalogue's idempotency table in DynamoDB Local. */
@LocalCloudTest(Service.DYNAMODB)
class DynamoDbIdempotencyStoreIT extends IdempotencyStoreContract {
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void table(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.IDEMPOTENCY);
    }

    @Override
    protected IdempotencyStore newStore() {
        return new DynamoDbIdempotencyStore(dynamoDb, table);
    }

    @Test
    void claim_shouldWriteTheTtlAttributeInEpochSeconds_soThatDynamoDbExpiresTheItem() {
        String id = new IdempotencyKey(TenantId.of("acme"), "POST /v1/customers", "ttl-check").id();
        Instant expires = Instant.parse("2026-11-26T10:00:00Z");
        newStore().claim(IdempotencyRecord.inProgress(id, PayloadHash.of("/v1/customers", null),
                Instant.parse("2026-11-25T10:00:15Z"), expires), Instant.parse("2026-11-25T10:00:00Z"));

        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                .key(Map.of("id", AttributeValue.fromS(id)))).item();

        assertThat(ResourceCatalogue.IDEMPOTENCY.ttlAttribute()).contains("expiration");
        assertThat(item.get("expiration").n()).isEqualTo(Long.toString(expires.getEpochSecond()));
        assertThat(item.get("id").s()).startsWith("TENANT#acme#");
    }
}
