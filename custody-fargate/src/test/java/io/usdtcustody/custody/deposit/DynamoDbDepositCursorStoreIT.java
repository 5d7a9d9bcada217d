package io.usdtcustody.custody.deposit;

import io.usdtcustody.custody.deposit.adapter.DynamoDbDepositCursorStore;
import io.usdtcustody.custody.deposit.port.DepositCursorStore;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalCloudTest(Service.DYNAMODB)
class DynamoDbDepositCursorStoreIT extends DepositCursorStoreContract {
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void table(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.WALLETS);
    }

    @Override
    protected DepositCursorStore newStore() {
        return new DynamoDbDepositCursorStore(dynamoDb, table, Clock.systemUTC());
    }
}
