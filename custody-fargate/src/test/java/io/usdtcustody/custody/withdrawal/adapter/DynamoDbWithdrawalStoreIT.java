package io.usdtcustody.custody.withdrawal.adapter;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.withdrawal.port.WithdrawalStore;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalCloudTest(Service.DYNAMODB)
class DynamoDbWithdrawalStoreIT extends WithdrawalStoreContract {
    private static DynamoDbClient dynamoDb;
    private static ResourceNaming naming;

    @BeforeAll
    static void tables(DynamoDbClient client, ResourceNaming resourceNaming) {
        dynamoDb = client;
        naming = resourceNaming;
    }

    @Override
    protected WithdrawalStore newStore() {
        return new DynamoDbWithdrawalStore(dynamoDb, naming.table(ResourceCatalogue.WALLETS),
                new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), new JsonCodec()));
    }
}
