package io.usdtcustody.functions.onboarding.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.functions.onboarding.consent.adapter.DynamoDbConsentStore;
import io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys;
import io.usdtcustody.functions.onboarding.customer.adapter.DynamoDbCustomerStore;
import io.usdtcustody.functions.onboarding.profile.adapter.DynamoDbProfileStore;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The contract against the catalogue's customers table in DynamoDB Local, and the item layout the README shows. */
@LocalCloudTest(Service.DYNAMODB)
class DynamoDbCustomerRecordsIT extends CustomerRecordsContract {
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void table(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.CUSTOMERS);
    }

    @Override
    protected Stores newStores() {
        return new Stores(new DynamoDbCustomerStore(dynamoDb, table), new DynamoDbProfileStore(dynamoDb, table),
                new DynamoDbConsentStore(dynamoDb, table));
    }

    @Override
    protected void writeKycStanding(TenantId tenant, String customerId, KycStandingStatus status) {
        dynamoDb.putItem(put -> put.tableName(table).item(KycStandingItems.item(tenant, customerId, status)));
    }

    @Test
    void kycStanding_shouldFailRatherThanShowAStandingThatSaysItBelongsToAnotherTenant() {
        TenantId acme = TenantId.of("acme");
        Map<String, AttributeValue> item = new HashMap<>(KycStandingItems.item(acme, "planted-2", KycStandingStatus.VERIFIED));
        item.put("tenant", AttributeValue.fromS("beta"));
        dynamoDb.putItem(put -> put.tableName(table).item(item));

        assertThatThrownBy(() -> new DynamoDbCustomerStore(dynamoDb, table).kycStanding(acme, "planted-2"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void customerItem_shouldBeKeyedByTenantAndCustomer_withTheTenantIndexEntry() {
        TenantId acme = TenantId.of("acme");
        new DynamoDbCustomerStore(dynamoDb, table).create(CustomerFixtures.alice(acme, "layout-1"));

        Map<String, AttributeValue> item = dynamoDb.getItem(get -> get.tableName(table)
                .key(CustomerKeys.customerKey(acme, "layout-1"))).item();

        assertThat(item.get("pk").s()).isEqualTo("TENANT#acme#CUSTOMER#layout-1");
        assertThat(item.get("sk").s()).isEqualTo("CUSTOMER");
        assertThat(item.get("gsi1pk").s()).isEqualTo("TENANT#acme#CUSTOMERS");
        assertThat(item.get("gsi1sk").s()).isEqualTo("CUSTOMER#2026-11-25T10:00:00.000Z#layout-1");
        assertThat(item.get("tenant").s()).isEqualTo("acme");
        assertThat(item.get("screening").m().get("outcome").s()).isEqualTo("CLEAR");
    }

    @Test
    void find_shouldFailRatherThanShowAnItemThatSaysItBelongsToAnotherTenant() {
        TenantId acme = TenantId.of("acme");
        new DynamoDbCustomerStore(dynamoDb, table).create(CustomerFixtures.alice(acme, "planted-1"));
        Map<String, AttributeValue> item = new HashMap<>(dynamoDb.getItem(get -> get.tableName(table)
                .key(CustomerKeys.customerKey(acme, "planted-1"))).item());
        item.put("tenant", AttributeValue.fromS("beta"));
        dynamoDb.putItem(put -> put.tableName(table).item(item));

        assertThatThrownBy(() -> new DynamoDbCustomerStore(dynamoDb, table).find(acme, "planted-1"))
                .isInstanceOf(IllegalStateException.class);
    }
}
