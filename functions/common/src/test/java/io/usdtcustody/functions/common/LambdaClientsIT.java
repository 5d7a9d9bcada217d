package io.usdtcustody.functions.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import org.junit.jupiter.api.Test;

/** The client a function builds from its environment reaches the tables the local cloud created for it. */
@LocalCloudTest(Service.DYNAMODB)
class LambdaClientsIT {

    @Test
    void dynamoDb_shouldReachTheCatalogueTables_fromTheFunctionEnvironmentAlone(CloudResources cloud) {
        LambdaClients clients = new LambdaClients(cloud.environment());
        try (var dynamoDb = clients.dynamoDb()) {
            String table = clients.naming().table(ResourceCatalogue.CUSTOMERS);
            assertThat(dynamoDb.describeTable(r -> r.tableName(table)).table().tableName()).isEqualTo(table);
        }
    }
}
