package io.usdtcustody.custody.bench;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sizes of the items a transfer writes, by DynamoDB's item-size rules (attribute name bytes plus value
 * bytes; numbers about one byte per two digits plus one), so the benchmark can state what AWS would bill:
 * DynamoDB Local's ReturnConsumedCapacity under-reports transactional writes.
 */
record ItemSizes(int largestItemBytes) {
    /** Transfer item, two balance updates, two journal entries, one outbox event. */
    static final int ITEMS_PER_TRANSFER = 6;

    static ItemSizes of(DynamoDbClient dynamoDb, ResourceNaming naming) {
        int largest = 0;
        for (String table : new String[] {naming.table(ResourceCatalogue.LEDGER), naming.table(ResourceCatalogue.OUTBOX)}) {
            for (Map<String, AttributeValue> item : dynamoDb.scan(r -> r.tableName(table).limit(500)).items()) {
                largest = Math.max(largest, size(item));
            }
        }
        return new ItemSizes(largest);
    }

    /** Each item costs ceil(size / 1 KB) write units, doubled inside a transaction. */
    int transactionalWriteUnitsPerTransfer() {
        int unitsPerItem = Math.max(1, (largestItemBytes + 1023) / 1024);
        return ITEMS_PER_TRANSFER * unitsPerItem * 2;
    }

    static int size(Map<String, AttributeValue> item) {
        int bytes = 0;
        for (var entry : item.entrySet()) {
            bytes += entry.getKey().getBytes(StandardCharsets.UTF_8).length;
            AttributeValue value = entry.getValue();
            if (value.s() != null) {
                bytes += value.s().getBytes(StandardCharsets.UTF_8).length;
            } else if (value.n() != null) {
                bytes += value.n().length() / 2 + 1;
            } else if (value.b() != null) {
                bytes += value.b().asByteArray().length;
            } else {
                bytes += 1;
            }
        }
        return bytes;
    }
}
