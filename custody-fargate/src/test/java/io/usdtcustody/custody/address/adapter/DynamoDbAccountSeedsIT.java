package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.custody.address.port.AccountSeeds;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalCloudTest(Service.DYNAMODB)
class DynamoDbAccountSeedsIT extends AccountSeedsContract {
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void table(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.WALLETS);
    }

    @Override
    protected AccountSeeds newSeeds() {
        return new DynamoDbAccountSeeds(dynamoDb, table);
    }
}
