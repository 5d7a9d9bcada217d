package io.usdtcustody.custody.chain.ethereum.nonce;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.chain.ethereum.nonce.adapter.DynamoDbNonceManager;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@LocalCloudTest(Service.DYNAMODB)
class DynamoDbNonceManagerIT extends NonceManagerContract {
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void tables(DynamoDbClient client, ResourceNaming naming) {
        dynamoDb = client;
        table = naming.table(ResourceCatalogue.WALLETS);
    }

    @Override
    protected NonceManager newNonceManager() {
        return new DynamoDbNonceManager(dynamoDb, table, clock);
    }

    @Test
    void assign_shouldKeepNoncesAndCounter_whenTheProcessRestarts() {
        UUID first = UUID.randomUUID();
        long nonce = nonces.assign(CHAIN, address, first, 40);

        NonceManager restarted = newNonceManager();

        assertThat(restarted.assign(CHAIN, address, first, 0)).isEqualTo(nonce);
        assertThat(restarted.assign(CHAIN, address, UUID.randomUUID(), 0)).isEqualTo(nonce + 1);
        assertThat(restarted.find(CHAIN, address, nonce)).hasValueSatisfying(a -> assertThat(a.withdrawalId()).isEqualTo(first));
    }
}
