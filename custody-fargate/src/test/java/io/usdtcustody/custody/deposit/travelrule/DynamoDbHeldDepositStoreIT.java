package io.usdtcustody.custody.deposit.travelrule;

import io.usdtcustody.custody.deposit.travelrule.adapter.DynamoDbHeldDepositStore;
import io.usdtcustody.custody.deposit.travelrule.port.HeldDepositStore;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The held-deposit contract against DynamoDB Local. */
@LocalCloudTest(Service.DYNAMODB)
class DynamoDbHeldDepositStoreIT extends HeldDepositStoreContract {
    private static DynamoDbClient dynamoDb;
    private static ResourceNaming naming;

    @BeforeAll
    static void tables(DynamoDbClient client, ResourceNaming resourceNaming) {
        dynamoDb = client;
        naming = resourceNaming;
    }

    @Override
    protected HeldDepositStore newStore() {
        return new DynamoDbHeldDepositStore(dynamoDb, naming.table(ResourceCatalogue.WALLETS),
                new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), new JsonCodec()));
    }
}
