package io.usdtcustody.custody.audit.adapter;

import io.usdtcustody.custody.audit.AuditEntry;
import io.usdtcustody.custody.audit.AuditHead;
import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.UnreadableAuditEntryException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item layout of one audit chain in the AUDIT table: all of it in one partition {@code pk = AUDIT#<log>};
 * entries at {@code sk = ENTRY#<20-digit sequence>} (so the sort key orders them), the head at
 * {@code sk = HEAD}. Times are ISO-8601 text, which round-trips an {@link Instant} exactly.
 */
final class AuditItems {
    static final String HEAD_SK = "HEAD";
    static final String ENTRY_PREFIX = "ENTRY#";

    private AuditItems() {
    }

    static String pk(String log) {
        return "AUDIT#" + log;
    }

    static String entrySk(long sequence) {
        return ENTRY_PREFIX + String.format("%020d", sequence);
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    static Map<String, AttributeValue> entryItem(String pk, AuditEntry entry) {
        Map<String, AttributeValue> details = new HashMap<>();
        entry.record().details().forEach((k, v) -> details.put(k, s(v)));
        Map<String, AttributeValue> item = new HashMap<>(key(pk, entrySk(entry.sequence())));
        item.put("sequence", AttributeValue.fromN(Long.toString(entry.sequence())));
        item.put("at", s(entry.at().toString()));
        item.put("previousHash", s(entry.previousHash()));
        item.put("hash", s(entry.hash()));
        item.put("type", s(entry.record().type()));
        item.put("tenant", s(entry.record().tenant()));
        item.put("subject", s(entry.record().subject()));
        item.put("details", AttributeValue.fromM(details));
        return item;
    }

    /** Decodes an entry item; anything missing or malformed makes it unreadable at the sequence in its key. */
    static AuditEntry entry(Map<String, AttributeValue> item) {
        long sequence = sequenceOf(item);
        try {
            long stored = Long.parseLong(required(item, "sequence", sequence).n());
            if (stored != sequence) {
                throw new UnreadableAuditEntryException(sequence, "its sequence attribute differs from its key");
            }
            Map<String, String> details = new TreeMap<>();
            AttributeValue detailMap = required(item, "details", sequence);
            if (!detailMap.hasM()) {
                throw new UnreadableAuditEntryException(sequence, "attribute 'details' is not a map");
            }
            for (Map.Entry<String, AttributeValue> detail : detailMap.m().entrySet()) {
                if (detail.getValue().s() == null) {
                    throw new UnreadableAuditEntryException(sequence, "a detail is not a string");
                }
                details.put(detail.getKey(), detail.getValue().s());
            }
            AuditRecord record = new AuditRecord(text(item, "type", sequence), text(item, "tenant", sequence),
                    text(item, "subject", sequence), details);
            return new AuditEntry(sequence, Instant.parse(text(item, "at", sequence)),
                    text(item, "previousHash", sequence), text(item, "hash", sequence), record);
        } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
            throw new UnreadableAuditEntryException(sequence, "an attribute has the wrong type or format");
        } catch (IllegalArgumentException e) {
            throw new UnreadableAuditEntryException(sequence, "its record is not a valid audit record");
        }
    }

    static Map<String, AttributeValue> headItem(String pk, AuditEntry last) {
        Map<String, AttributeValue> item = new HashMap<>(key(pk, HEAD_SK));
        item.put("lastSequence", AttributeValue.fromN(Long.toString(last.sequence())));
        item.put("lastHash", s(last.hash()));
        return item;
    }

    static AuditHead head(Map<String, AttributeValue> item) {
        return new AuditHead(Long.parseLong(item.get("lastSequence").n()), item.get("lastHash").s());
    }

    private static long sequenceOf(Map<String, AttributeValue> item) {
        String sk = item.get("sk").s();
        return Long.parseLong(sk.substring(ENTRY_PREFIX.length()));
    }

    private static AttributeValue required(Map<String, AttributeValue> item, String name, long sequence) {
        AttributeValue value = item.get(name);
        if (value == null) {
            throw new UnreadableAuditEntryException(sequence, "attribute '" + name + "' is missing");
        }
        return value;
    }

    private static String text(Map<String, AttributeValue> item, String name, long sequence) {
        String value = required(item, name, sequence).s();
        if (value == null) {
            throw new UnreadableAuditEntryException(sequence, "attribute '" + name + "' is not a string");
        }
        return value;
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
