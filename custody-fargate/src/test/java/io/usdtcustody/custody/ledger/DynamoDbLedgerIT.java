package io.usdtcustody.custody.ledger;

import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.adapter.DynamoDbLedger;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalCloudTest(Service.DYNAMODB)
class DynamoDbLedgerIT extends LedgerContract {
    private static DynamoDbClient dynamoDb;
    private static String table;
    private static DynamoDbOutbox outbox;

    @BeforeAll
    static void tables(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.LEDGER);
        outbox = new DynamoDbOutbox(naming.table(ResourceCatalogue.OUTBOX), new JsonCodec());
    }

    @Override
    protected Ledger newLedger() {
        return new DynamoDbLedger(dynamoDb, table, outbox, new LedgerEvents(new JsonCodec()), Clock.systemUTC());
    }
}
