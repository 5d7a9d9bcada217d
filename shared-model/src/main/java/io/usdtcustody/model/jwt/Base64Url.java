package io.usdtcustody.model.jwt;

import java.math.BigInteger;
import java.util.Base64;

/** Base64url without padding (RFC 7515 §2), and fixed-width big-endian integers as JWKs carry them. */
final class Base64Url {
    private Base64Url() {
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Decodes unpadded base64url; padding, whitespace and the standard alphabet's {@code +/} are refused. */
    static byte[] decode(String text) {
        if (text.indexOf('=') >= 0) {
            throw new IllegalArgumentException("base64url without padding expected");
        }
        return Base64.getUrlDecoder().decode(text);
    }

    /** The magnitude of {@code value} in exactly {@code length} bytes, big-endian. */
    static byte[] unsigned(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
