package io.usdtcustody.custody.approval;

import io.usdtcustody.custody.approval.adapter.DynamoDbApprovalStore;
import io.usdtcustody.custody.approval.adapter.DynamoDbApproverRegistry;
import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.custody.approval.port.ApproverRegistry;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalCloudTest(Service.DYNAMODB)
class DynamoDbApprovalStoreIT extends ApprovalStoreContract {
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void tables(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.WALLETS);
    }

    @Override
    protected ApprovalStore newStore() {
        return new DynamoDbApprovalStore(dynamoDb, table);
    }

    @Override
    protected ApproverRegistry newRegistry() {
        return new DynamoDbApproverRegistry(dynamoDb, table);
    }
}
