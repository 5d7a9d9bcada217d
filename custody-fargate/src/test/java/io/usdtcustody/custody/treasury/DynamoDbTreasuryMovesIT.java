package io.usdtcustody.custody.treasury;

import io.usdtcustody.custody.treasury.adapter.DynamoDbTreasuryMoves;
import io.usdtcustody.custody.treasury.port.TreasuryMoves;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalCloudTest({Service.DYNAMODB})
class DynamoDbTreasuryMovesIT extends TreasuryMovesContract {
    private TreasuryMoves moves;

    @BeforeEach
    void adapter(DynamoDbClient dynamoDb, ResourceNaming naming) {
        moves = new DynamoDbTreasuryMoves(dynamoDb, naming.table(ResourceCatalogue.WALLETS));
    }

    @Override
    protected TreasuryMoves moves() {
        return moves;
    }
}
