package io.usdtcustody.custody.chain.tron;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The few protobuf wire-format rules TRON's transaction needs, by hand instead of generated code: varints
 * (wire type 0) and length-delimited fields (wire type 2), written in the order the caller gives, which must
 * be ascending field number, as protoc's serializer does. Scalar fields holding the proto3 default (0, empty)
 * are skipped, exactly as java-tron's serializer skips them; otherwise the bytes, and the txid, would differ.
 */
final class ProtobufWriter {
    private static final int VARINT = 0;
    private static final int LENGTH_DELIMITED = 2;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    /** An {@code int64}/{@code int32}/enum field; negative values take ten bytes, as protobuf specifies. */
    ProtobufWriter int64(int field, long value) {
        if (value != 0) {
            tag(field, VARINT);
            varint(value);
        }
        return this;
    }

    /** A {@code bytes} field. */
    ProtobufWriter bytes(int field, byte[] value) {
        if (value.length != 0) {
            lengthDelimited(field, value);
        }
        return this;
    }

    /** A {@code string} field, UTF-8. */
    ProtobufWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    /** An embedded message field, already encoded; written even when empty (presence is meaningful). */
    ProtobufWriter message(int field, byte[] encoded) {
        lengthDelimited(field, encoded);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void lengthDelimited(int field, byte[] value) {
        tag(field, LENGTH_DELIMITED);
        varint(value.length);
        out.writeBytes(value);
    }

    private void tag(int field, int wireType) {
        if (field <= 0 || field > (1 << 29) - 1) {
            throw new IllegalArgumentException("protobuf field numbers are 1..2^29-1");
        }
        varint(((long) field << 3) | wireType);
    }

    private void varint(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }
}
