package io.usdtcustody.screening.image;

import java.io.ByteArrayOutputStream;

/**
 * Writes the primitive values of a prebuilt screen image: unsigned variable-length integers (7 bits a byte, so
 * the small numbers and deltas an index is made of take one or two bytes), and strings as their length and
 * characters. {@link ImageReader} reads them back in the same order.
 */
public final class ImageWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

    /** Writes {@code value}, which must not be negative. */
    public void writeVarint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a negative number in an image: " + value);
        }
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    /** Writes {@code value} of either sign, below 2^30 in magnitude (zigzag: small magnitudes take one byte). */
    public void writeSignedVarint(int value) {
        writeVarint((value << 1) ^ (value >> 31));
    }

    public void writeLong(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift) & 0xFF);
        }
    }

    public void writeString(String text) {
        writeVarint(text.length());
        for (int i = 0; i < text.length(); i++) {
            writeVarint(text.charAt(i));
        }
    }

    public void writeBytes(byte[] bytes) {
        writeVarint(bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
