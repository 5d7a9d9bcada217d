package io.usdtcustody.model.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What every record on a Kinesis stream carries: the event's {@code type} and schema {@code version}, an
 * {@code eventId} that consumers deduplicate by (delivery is at least once), when it happened, the tenant it
 * belongs to, and the payload as a JSON object.
 *
 * <p>The payload stays a JSON tree so that routers, archivers and the reconciliation consumer can pass events
 * on without knowing every payload class; typed code goes through an {@link EventContract} and
 * {@code JsonCodec#wrap}/{@code JsonCodec#unwrap}. Changing a payload's shape means a new {@code version}:
 * decoding is strict and rejects unknown fields.
 *
 * <p>The payload is copied in and out, so an envelope cannot change after it is built. Validation messages
 * never quote the offending values, because envelopes are decoded from untrusted bytes.
 */
public record EventEnvelope(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        String tenantId,
        JsonNode payload) {

    /** Dotted lower-case names such as {@code wallet.deposit.credited}. */
    public static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    public static final int MAX_TYPE_LENGTH = 100;
    /** Tenant ids are opaque tokens; the pattern keeps them safe in keys, paths and logs. */
    public static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public EventEnvelope {
        requireType(type);
        requireVersion(version);
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        requireTenantId(tenantId);
        Objects.requireNonNull(payload, "payload is required");
        if (!payload.isObject()) {
            throw new IllegalArgumentException("payload must be a JSON object");
        }
        payload = payload.deepCopy();
    }

    /** A copy of the payload; changing it does not change the envelope. */
    @Override
    public JsonNode payload() {
        return payload.deepCopy();
    }

    /** The payload as an object node (a copy). */
    public ObjectNode payloadObject() {
        return (ObjectNode) payload.deepCopy();
    }

    static void requireType(String type) {
        Objects.requireNonNull(type, "type is required");
        if (type.length() > MAX_TYPE_LENGTH || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("type must be dotted lower-case words such as"
                    + " \"wallet.deposit.credited\", at most " + MAX_TYPE_LENGTH + " characters");
        }
    }

    static void requireVersion(int version) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
    }

    private static void requireTenantId(String tenantId) {
        Objects.requireNonNull(tenantId, "tenantId is required");
        if (!TENANT_ID.matcher(tenantId).matches()) {
            throw new IllegalArgumentException(
                    "tenantId must be 1-64 letters, digits, '_' or '-', starting with a letter or digit");
        }
    }
}
