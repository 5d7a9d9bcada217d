package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.sweep.adapter.DynamoDbSweepStore;
import io.usdtcustody.custody.sweep.port.SweepStore;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalCloudTest(Service.DYNAMODB)
class DynamoDbSweepStoreIT extends SweepStoreContract {
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void table(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.WALLETS);
    }

    @Override
    protected SweepStore newStore() {
        return new DynamoDbSweepStore(dynamoDb, table);
    }
}
