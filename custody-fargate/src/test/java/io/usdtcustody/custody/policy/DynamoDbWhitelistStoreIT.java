package io.usdtcustody.custody.policy;

import io.usdtcustody.custody.policy.adapter.DynamoDbWhitelistStore;
import io.usdtcustody.custody.policy.port.WhitelistStore;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalCloudTest(Service.DYNAMODB)
class DynamoDbWhitelistStoreIT extends WhitelistStoreContract {
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void tables(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.WALLETS);
    }

    @Override
    protected WhitelistStore newStore() {
        return new DynamoDbWhitelistStore(dynamoDb, table);
    }
}
