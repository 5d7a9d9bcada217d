package io.usdtcustody.custody.keyvault;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a key in the vault, stored as the key's {@code CKA_LABEL} (and {@code CKA_ID}) in the token:
 * lower-case letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit, at most 64
 * characters, so that it is safe in a PKCS#11 attribute, a certificate name, a log line and a metric tag.
 */
public record KeyLabel(String value) {
    public static final int MAX_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    public KeyLabel {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw KeyVaultException.invalid("a key label is 1-64 characters of a-z, 0-9, '.', '_' and '-'");
        }
    }

    public static KeyLabel of(String value) {
        return new KeyLabel(value);
    }

    /** Whether {@code value} is a well-formed label; tokens may hold other objects, which the vault ignores. */
    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
