package io.usdtcustody.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.component.SoftHsm;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.catalogue.StreamSpec;
import io.usdtcustody.model.catalogue.TableSpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

@LocalCloudTest({Service.DYNAMODB, Service.KINESIS, Service.S3, Service.HSM, Service.EVM})
class LocalCloudIT {

    @Test
    void bootstrap_shouldCreateEveryCatalogueTable_withItsKeysIndexesAndTtl(DynamoDbClient dynamoDb, ResourceNaming naming) {
        for (TableSpec spec : ResourceCatalogue.TABLES) {
            TableDescription table = dynamoDb.describeTable(r -> r.tableName(naming.table(spec))).table();
            assertThat(table.keySchema().get(0).attributeName()).isEqualTo(spec.partitionKey().name());
            assertThat(table.keySchema()).hasSize(spec.sortKey().isPresent() ? 2 : 1);
            assertThat(table.globalSecondaryIndexes() == null ? List.of() : table.globalSecondaryIndexes())
                    .hasSameSizeAs(spec.globalIndexes());
            spec.ttlAttribute().ifPresent(ttl -> assertThat(dynamoDb.describeTimeToLive(r -> r.tableName(naming.table(spec)))
                    .timeToLiveDescription().attributeName()).isEqualTo(ttl));
        }
    }

    @Test
    void dynamoDb_shouldHonourConditionalWrites(DynamoDbClient dynamoDb, ResourceNaming naming) {
        String table = naming.table(ResourceCatalogue.LEDGER);
        Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromS("b"));
        dynamoDb.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> dynamoDb.putItem(r -> r.tableName(table)
                .item(item).conditionExpression("attribute_not_exists(pk)"))))
                .isInstanceOf(software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException.class);
    }

    @Test
    void bootstrap_shouldCreateEveryStream_withItsShardCount_andRecordsRoundTrip(KinesisClient kinesis, ResourceNaming naming) {
        for (StreamSpec spec : ResourceCatalogue.STREAMS) {
            var summary = kinesis.describeStreamSummary(r -> r.streamName(naming.stream(spec))).streamDescriptionSummary();
            assertThat(summary.openShardCount()).isEqualTo(spec.shardCount());
        }
        String stream = naming.stream(ResourceCatalogue.WALLET_EVENTS);
        var put = kinesis.putRecord(r -> r.streamName(stream).partitionKey("account-1")
                .data(SdkBytes.fromUtf8String("{\"hello\":1}")));
        String iterator = kinesis.getShardIterator(r -> r.streamName(stream).shardId(put.shardId())
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        var records = kinesis.getRecords(r -> r.shardIterator(iterator)).records();
        assertThat(records).extracting(rec -> rec.data().asUtf8String()).containsExactly("{\"hello\":1}");
    }

    @Test
    void bootstrap_shouldCreateVersionedBuckets_andObjectsRoundTrip(S3Client s3, ResourceNaming naming) {
        String bucket = naming.bucket(ResourceCatalogue.REPORTS);
        assertThat(s3.getBucketVersioning(r -> r.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        s3.putObject(r -> r.bucket(bucket).key("daily/2026-11-25.csv"), RequestBody.fromString("a,b\n1,2\n"));
        assertThat(s3.getObjectAsBytes(r -> r.bucket(bucket).key("daily/2026-11-25.csv")).asString(StandardCharsets.UTF_8))
                .isEqualTo("a,b\n1,2\n");
    }

    @Test
    void evm_shouldServeTheDeployedSixDecimalToken_andMint(EvmNode evm) {
        String decimals = evm.rpc().call("eth_call", Map.of("to", evm.tokenAddress(), "data", "0x313ce567"), "latest").asText();
        assertThat(new BigInteger(decimals.substring(2), 16)).isEqualTo(BigInteger.valueOf(6));

        String holder = evm.rpc().call("eth_accounts").get(3).asText();
        evm.mint(holder, BigInteger.valueOf(25_000_000));
        String balanceCall = "0x70a08231" + "0".repeat(24) + holder.substring(2);
        String balance = evm.rpc().call("eth_call", Map.of("to", evm.tokenAddress(), "data", balanceCall), "latest").asText();
        assertThat(new BigInteger(balance.substring(2), 16)).isEqualTo(BigInteger.valueOf(25_000_000));
    }

    @Test
    void hsm_shouldHaveHotAndColdTokens_withPinsOnlyInAPrivateFile(SoftHsm hsm) throws Exception {
        assertThat(hsm.healthy()).isTrue();
        assertThat(Files.getPosixFilePermissions(hsm.pinFile()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(hsm.pinFile())).contains(SoftHsm.HOT_TOKEN + ".pin=", SoftHsm.COLD_TOKEN + ".pin=");
        assertThat(hsm.environment()).doesNotContainKey("HSM_PIN").containsKey("HSM_PIN_FILE");
    }

    @Test
    void environment_shouldPointEveryServiceAtItsLocalEndpoint(LocalCloud cloud) {
        assertThat(cloud.environment()).containsKeys("AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_KINESIS",
                "AWS_ENDPOINT_URL_S3", "AWS_REGION", "EVM_RPC_URL", "USDT_ERC20_CONTRACT", "SOFTHSM2_CONF");
        assertThat(cloud.components().keySet()).containsAll(Set.of(Service.values()));
        cloud.components().values().forEach(c -> assertThat(c.healthy()).as(c.name()).isTrue());
    }
}
