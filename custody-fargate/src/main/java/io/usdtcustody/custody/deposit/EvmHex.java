package io.usdtcustody.custody.deposit;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks for the lower-case hex forms the deposit code keeps: addresses and 32-byte hashes. */
public final class EvmHex {
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{40}");
    private static final Pattern HASH = Pattern.compile("0x[0-9a-f]{64}");

    private EvmHex() {
    }

    /** {@code 0x} and 40 hex digits in any case, returned lower-case. */
    public static String address(String value, String what) {
        String lower = value == null ? "" : value.toLowerCase(Locale.ROOT);
        if (!ADDRESS.matcher(lower).matches()) {
            throw new IllegalArgumentException(what + " must be 0x and 40 hex digits");
        }
        return lower;
    }

    /** {@code 0x} and 64 hex digits in any case, returned lower-case. */
    public static String hash(String value, String what) {
        String lower = value == null ? "" : value.toLowerCase(Locale.ROOT);
        if (!HASH.matcher(lower).matches()) {
            throw new IllegalArgumentException(what + " must be 0x and 64 hex digits");
        }
        return lower;
    }
}
