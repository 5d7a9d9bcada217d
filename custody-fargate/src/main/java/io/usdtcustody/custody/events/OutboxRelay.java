package io.usdtcustody.custody.events;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/**
 * Moves events from the outbox table to their Kinesis streams: oldest first per group, then deletes what
 * Kinesis accepted. Delivery is at least once (a crash between publishing and deleting republishes), which
 * is why every consumer deduplicates by {@code eventId}. Within a group, publishing stops at the first record
 * Kinesis refuses, so one account's events are not overtaken by later ones.
 */
public final class OutboxRelay {
    private static final int BATCH = 100;

    private final DynamoDbClient dynamoDb;
    private final KinesisClient kinesis;
    private final String table;
    private final ResourceNaming naming;

    public OutboxRelay(DynamoDbClient dynamoDb, KinesisClient kinesis, String table, ResourceNaming naming) {
        this.dynamoDb = dynamoDb;
        this.kinesis = kinesis;
        this.table = table;
        this.naming = naming;
    }

    /** One pass over every group; returns how many events were published. */
    public int drainOnce() {
        int published = 0;
        for (int group = 0; group < DynamoDbOutbox.GROUPS; group++) {
            published += drainGroup("OUTBOX#" + group);
        }
        return published;
    }

    private int drainGroup(String groupKey) {
        List<Map<String, AttributeValue>> items = dynamoDb.query(r -> r.tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(groupKey)))
                .consistentRead(true).limit(BATCH)).items();
        int published = 0;
        int i = 0;
        while (i < items.size()) {
            String stream = items.get(i).get("stream").s();
            List<Map<String, AttributeValue>> run = new ArrayList<>();
            while (i < items.size() && items.get(i).get("stream").s().equals(stream)) {
                run.add(items.get(i++));
            }
            int accepted = publish(stream, run);
            published += accepted;
            if (accepted < run.size()) {
                return published; // keep order: retry this group from the refused record next time
            }
        }
        return published;
    }

    /** Publishes a run of events for one stream in order; returns how many leading records were accepted. */
    private int publish(String logicalStream, List<Map<String, AttributeValue>> run) {
        String stream = naming.stream(ResourceCatalogue.stream(logicalStream));
        List<PutRecordsRequestEntry> entries = run.stream().map(item -> PutRecordsRequestEntry.builder()
                .partitionKey(item.get("partitionKey").s()).data(item.get("data").b()).build()).toList();
        List<PutRecordsResultEntry> results = kinesis.putRecords(r -> r.streamName(stream).records(entries)).records();
        int accepted = 0;
        for (int k = 0; k < results.size() && results.get(k).errorCode() == null; k++) {
            Map<String, AttributeValue> item = run.get(k);
            dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of("pk", item.get("pk"), "sk", item.get("sk"))));
            accepted++;
        }
        return accepted;
    }
}
