package io.usdtcustody.localcloud.bootstrap;

import io.usdtcustody.model.catalogue.BucketSpec;
import io.usdtcustody.model.catalogue.IndexSpec;
import io.usdtcustody.model.catalogue.KeyAttribute;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.catalogue.StreamSpec;
import io.usdtcustody.model.catalogue.TableSpec;
import io.usdtcustody.localcloud.process.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/**
 * Creates every table, stream and bucket of the {@link ResourceCatalogue} under one {@link ResourceNaming}, the
 * same shapes the CDK stacks declare. Idempotent: what exists already is left as it is.
 */
public final class ResourceBootstrap {
    private static final Duration STREAM_ACTIVE_TIMEOUT = Duration.ofSeconds(30);

    private ResourceBootstrap() {
    }

    public static void createTables(DynamoDbClient dynamoDb, ResourceNaming naming) {
        for (TableSpec table : ResourceCatalogue.TABLES) {
            createTable(dynamoDb, naming.table(table), table);
        }
    }

    static void createTable(DynamoDbClient dynamoDb, String name, TableSpec table) {
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        List<KeySchemaElement> keys = keySchema(table.partitionKey(), table.sortKey().orElse(null), attributes);
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (IndexSpec index : table.globalIndexes()) {
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.name())
                    .keySchema(keySchema(index.partitionKey(), index.sortKey().orElse(null), attributes))
                    .projection(p -> p.projectionType(ProjectionType.ALL))
                    .build());
        }
        try {
            dynamoDb.createTable(r -> {
                r.tableName(name)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(keys)
                        .attributeDefinitions(attributes.values());
                if (!indexes.isEmpty()) {
                    r.globalSecondaryIndexes(indexes);
                }
            });
            dynamoDb.waiter().waitUntilTableExists(r -> r.tableName(name));
            table.ttlAttribute().ifPresent(ttl -> dynamoDb.updateTimeToLive(r -> r.tableName(name)
                    .timeToLiveSpecification(s -> s.attributeName(ttl).enabled(true))));
        } catch (ResourceInUseException alreadyThere) {
            // idempotent: a second `up` or a re-run test class finds its tables in place
        }
    }

    private static List<KeySchemaElement> keySchema(KeyAttribute partition, KeyAttribute sort,
                                                    Map<String, AttributeDefinition> attributes) {
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(KeySchemaElement.builder().attributeName(partition.name()).keyType(KeyType.HASH).build());
        define(partition, attributes);
        if (sort != null) {
            keys.add(KeySchemaElement.builder().attributeName(sort.name()).keyType(KeyType.RANGE).build());
            define(sort, attributes);
        }
        return keys;
    }

    private static void define(KeyAttribute key, Map<String, AttributeDefinition> attributes) {
        ScalarAttributeType type = switch (key.type()) {
            case STRING -> ScalarAttributeType.S;
            case NUMBER -> ScalarAttributeType.N;
            case BINARY -> ScalarAttributeType.B;
        };
        attributes.putIfAbsent(key.name(), AttributeDefinition.builder().attributeName(key.name())
                .attributeType(type).build());
    }

    public static void createStreams(KinesisClient kinesis, ResourceNaming naming) {
        List<String> existing = kinesis.listStreams().streamNames();
        for (StreamSpec stream : ResourceCatalogue.STREAMS) {
            String name = naming.stream(stream);
            if (!existing.contains(name)) {
                kinesis.createStream(r -> r.streamName(name).shardCount(stream.shardCount()));
            }
        }
        for (StreamSpec stream : ResourceCatalogue.STREAMS) {
            String name = naming.stream(stream);
            Await.until("stream " + name + " to become ACTIVE", STREAM_ACTIVE_TIMEOUT,
                    () -> kinesis.describeStreamSummary(r -> r.streamName(name)).streamDescriptionSummary()
                            .streamStatus() == StreamStatus.ACTIVE, () -> "");
        }
    }

    public static void createBuckets(S3Client s3, ResourceNaming naming) {
        for (BucketSpec bucket : ResourceCatalogue.BUCKETS) {
            String name = naming.bucket(bucket);
            try {
                s3.createBucket(r -> r.bucket(name).objectLockEnabledForBucket(bucket.objectLock()));
            } catch (BucketAlreadyOwnedByYouException alreadyThere) {
                continue;
            }
            s3.putBucketVersioning(r -> r.bucket(name)
                    .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        }
    }
}
