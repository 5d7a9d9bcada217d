package io.usdtcustody.custody.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How audit entries are chained: the canonical bytes of (sequence, time, previous hash, record) and their
 * SHA-256. Every appender and the verifier go through this one class, so "the hash of an entry" has exactly
 * one meaning.
 *
 * <p>Canonical form, version 1 (all integers big-endian; {@code str} = 4-byte length, then UTF-8 bytes):
 * <pre>
 *   str   "usdt-custody/audit-entry/v1"      domain tag: these bytes never mean anything else
 *   i64   sequence
 *   i64   at, seconds since the epoch;  i32  at, nanoseconds of the second
 *   str   previousHash
 *   str   type;  str tenant;  str subject
 *   i32   number of details, then per detail in key order (String#compareTo): str key, str value
 * </pre>
 * Length prefixes make the encoding unambiguous (no separator can be forged inside a value), and the time is
 * two integers rather than text, so no formatter can change it. Strings that are not well-formed UTF-16 are
 * refused rather than silently replaced, which would let two records share one encoding.
 */
public final class AuditHashChain {
    /** The previous hash of entry 0. */
    public static final String GENESIS_PREVIOUS_HASH = "0".repeat(64);
    /** Bigger records are refused: a DynamoDB item holds at most 400 KB, and an audit record is a few lines. */
    public static final int MAX_CANONICAL_BYTES = 64 * 1024;

    private static final byte[] DOMAIN_TAG = "usdt-custody/audit-entry/v1".getBytes(StandardCharsets.US_ASCII);

    private AuditHashChain() {
    }

    /** The entry that follows {@code previous} (or starts the chain when there is none). */
    public static AuditEntry next(AuditHead previous, Instant at, AuditRecord record) {
        long sequence = previous == null ? 0 : Math.addExact(previous.lastSequence(), 1);
        String previousHash = previous == null ? GENESIS_PREVIOUS_HASH : previous.lastHash();
        byte[] canonical = canonicalBytes(sequence, at, previousHash, record);
        if (canonical.length > MAX_CANONICAL_BYTES) {
            throw new IllegalArgumentException("an audit record must encode to at most " + MAX_CANONICAL_BYTES + " bytes");
        }
        return new AuditEntry(sequence, at, previousHash, sha256Hex(canonical), record);
    }

    /** The hash an entry must carry: SHA-256 of its canonical bytes, lower-case hex. */
    public static String hash(long sequence, Instant at, String previousHash, AuditRecord record) {
        return sha256Hex(canonicalBytes(sequence, at, previousHash, record));
    }

    /** The hash {@code entry} should carry, recomputed from its contents (ignoring its stored hash). */
    public static String recompute(AuditEntry entry) {
        return hash(entry.sequence(), entry.at(), entry.previousHash(), entry.record());
    }

    public static byte[] canonicalBytes(long sequence, Instant at, String previousHash, AuditRecord record) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(record, "record");
        Writer out = new Writer();
        out.bytes(DOMAIN_TAG);
        out.int64(sequence);
        out.int64(at.getEpochSecond());
        out.int32(at.getNano());
        out.string(previousHash);
        out.string(record.type());
        out.string(record.tenant());
        out.string(record.subject());
        Map<String, String> details = new TreeMap<>(record.details());
        out.int32(details.size());
        details.forEach((key, value) -> {
            out.string(key);
            out.string(value);
        });
        return out.toByteArray();
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Big-endian integers and length-prefixed byte strings. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);

        void int32(int value) {
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
        }

        void int64(long value) {
            out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        }

        void bytes(byte[] value) {
            int32(value.length);
            out.writeBytes(value);
        }

        void string(String value) {
            Objects.requireNonNull(value, "audit text");
            try {
                ByteBuffer encoded = utf8.reset().encode(CharBuffer.wrap(value));
                byte[] bytes = new byte[encoded.remaining()];
                encoded.get(bytes);
                bytes(bytes);
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("audit text must be well-formed Unicode");
            }
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
