package io.usdtcustody.screening.image;

import java.util.Arrays;

/**
 * Reads what an {@link ImageWriter} wrote, from one byte array with a cursor: no stream, no per-value call
 * through an {@code InputStream}, so a cold JVM decodes millions of numbers in milliseconds. A truncated or
 * malformed image fails with an {@link IllegalStateException}, never with a wrong value.
 */
public final class ImageReader {
    private final byte[] bytes;
    private int at;

    public ImageReader(byte[] bytes) {
        this.bytes = bytes;
    }

    public int readVarint() {
        // the one-byte case first, small enough for a C1-only JVM (Lambda's flags) to inline into decoding loops
        if (at < bytes.length && bytes[at] >= 0) {
            return bytes[at++];
        }
        return readLongVarint();
    }

    private int readLongVarint() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (at >= bytes.length) {
                throw new IllegalStateException("the screen image ends early");
            }
            int b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                if (value < 0) {
                    throw new IllegalStateException("a malformed number in the screen image");
                }
                return value;
            }
        }
        throw new IllegalStateException("a malformed number in the screen image");
    }

    /** Reads what {@link ImageWriter#writeSignedVarint} wrote. */
    public int readSignedVarint() {
        int zigzag = readVarint();
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    public long readLong() {
        require(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[at++] & 0xFF);
        }
        return value;
    }

    public String readString() {
        int length = readVarint();
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) readVarint();
        }
        return new String(chars);
    }

    public byte[] readBytes() {
        int length = readVarint();
        require(length);
        byte[] out = Arrays.copyOfRange(bytes, at, at + length);
        at += length;
        return out;
    }

    /** Whether everything was read (an image with bytes left over is not the format expected). */
    public boolean atEnd() {
        return at == bytes.length;
    }

    private void require(int length) {
        if (length < 0 || bytes.length - at < length) {
            throw new IllegalStateException("the screen image ends early");
        }
    }
}
