package io.usdtcustody.model.ids;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reading UUIDv7 ids (RFC 9562 §5.7): strict parsing of their text form, checking version and variant, and
 * extracting the millisecond timestamp they carry. Layout, most significant bit first:
 * {@code unix_ts_ms:48 | ver=0111:4 | rand_a:12 | var=10:2 | rand_b:62}.
 */
public final class UuidV7 {

    /** Largest timestamp a UUIDv7 can carry: 2^48 - 1 milliseconds after the epoch (year 10889). */
    public static final long MAX_UNIX_MILLIS = (1L << 48) - 1;

    static final int VERSION = 7;
    static final int VARIANT_RFC_9562 = 2;

    // UUID.fromString is lenient ("1-2-3-4-5" parses); ids that cross a trust boundary get the canonical form.
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private UuidV7() {
    }

    /**
     * Parses the canonical 36-character form (either case) and requires version 7 with the RFC 9562 variant.
     *
     * @throws IllegalArgumentException when the text is not a canonical UUID or not a UUIDv7
     */
    public static UUID parse(String text) {
        Objects.requireNonNull(text, "uuid text");
        if (text.length() != 36 || !CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("id must be a UUID in canonical 8-4-4-4-12 hexadecimal form");
        }
        UUID uuid = UUID.fromString(text);
        if (!isV7(uuid)) {
            throw new IllegalArgumentException("id must be a version 7 UUID (RFC 9562), was version "
                    + uuid.version() + " variant " + uuid.variant());
        }
        return uuid;
    }

    /** True when the UUID has version 7 and the RFC 9562 variant. */
    public static boolean isV7(UUID uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return uuid.version() == VERSION && uuid.variant() == VARIANT_RFC_9562;
    }

    /** The Unix time in milliseconds carried in the first 48 bits. */
    public static long unixMillis(UUID uuid) {
        requireV7(uuid);
        return uuid.getMostSignificantBits() >>> 16;
    }

    /** The creation time carried by the id, at millisecond precision. */
    public static Instant timestamp(UUID uuid) {
        return Instant.ofEpochMilli(unixMillis(uuid));
    }

    private static void requireV7(UUID uuid) {
        if (!isV7(uuid)) {
            throw new IllegalArgumentException("not a version 7 UUID (RFC 9562)");
        }
    }
}
