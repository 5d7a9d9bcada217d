package io.usdtcustody.custody.deposit.travelrule;

import io.usdtcustody.custody.deposit.travelrule.adapter.DynamoDbReceivedTravelRuleStore;
import io.usdtcustody.custody.deposit.travelrule.port.ReceivedTravelRuleStore;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The received-data contract against DynamoDB Local. */
@LocalCloudTest(Service.DYNAMODB)
class DynamoDbReceivedTravelRuleStoreIT extends ReceivedTravelRuleStoreContract {
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void table(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.WALLETS);
    }

    @Override
    protected ReceivedTravelRuleStore newStore() {
        return new DynamoDbReceivedTravelRuleStore(dynamoDb, table, new JsonCodec());
    }
}
