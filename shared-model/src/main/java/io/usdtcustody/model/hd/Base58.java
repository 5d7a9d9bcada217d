package io.usdtcustody.model.hd;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * Bitcoin's base58 alphabet and base58check (payload followed by the first four bytes of its double
 * SHA-256), shared by extended keys, Bitcoin/Omni addresses and TRON addresses. Decoding never throws on
 * user input: it answers empty, so that callers can give their own precise reason.
 */
public final class Base58 {
    /** Longer text is refused before decoding; no key or address we read comes near it. */
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int CHECKSUM_BYTES = 4;

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    private static final int[] INDEXES = new int[128];

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEXES[ALPHABET.charAt(i)] = i;
        }
    }

    private Base58() {
    }

    public static String encode(byte[] data) {
        int leadingZeros = 0;
        while (leadingZeros < data.length && data[leadingZeros] == 0) {
            leadingZeros++;
        }
        StringBuilder text = new StringBuilder();
        BigInteger value = new BigInteger(1, data);
        while (value.signum() > 0) {
            BigInteger[] quotientAndRemainder = value.divideAndRemainder(BASE);
            text.append(ALPHABET.charAt(quotientAndRemainder[1].intValue()));
            value = quotientAndRemainder[0];
        }
        text.append("1".repeat(leadingZeros));
        return text.reverse().toString();
    }

    /** The bytes behind base58 text; empty for an empty, overlong or non-base58 string. */
    public static Optional<byte[]> decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        BigInteger value = BigInteger.ZERO;
        int leadingOnes = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                return Optional.empty();
            }
            if (leading && digit == 0) {
                leadingOnes++;
            } else {
                leading = false;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] out = new byte[leadingOnes + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, leadingOnes, magnitude.length - skip);
        Arrays.fill(magnitude, (byte) 0);
        return Optional.of(out);
    }

    /** base58check: {@code payload || first4(doubleSha256(payload))}, base58-encoded. */
    public static String encodeChecked(byte[] payload) {
        byte[] checksum = Hashes.doubleSha256(payload);
        byte[] full = Arrays.copyOf(payload, payload.length + CHECKSUM_BYTES);
        System.arraycopy(checksum, 0, full, payload.length, CHECKSUM_BYTES);
        String text = encode(full);
        Arrays.fill(full, (byte) 0);
        return text;
    }

    /** Whether decoded base58check bytes end with the right checksum over the rest. */
    public static boolean hasValidChecksum(byte[] decoded) {
        if (decoded.length < CHECKSUM_BYTES) {
            return false;
        }
        int payloadLength = decoded.length - CHECKSUM_BYTES;
        byte[] payload = Arrays.copyOf(decoded, payloadLength);
        byte[] expected = Arrays.copyOf(Hashes.doubleSha256(payload), CHECKSUM_BYTES);
        Arrays.fill(payload, (byte) 0);
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(decoded, payloadLength, decoded.length));
    }
}
