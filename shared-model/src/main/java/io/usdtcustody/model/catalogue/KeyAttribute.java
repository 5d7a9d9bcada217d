package io.usdtcustody.model.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/** A key attribute of a table or index: its name and scalar type. */
public record KeyAttribute(String name, AttributeType type) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    /** DynamoDB key attributes are scalars. */
    public enum AttributeType { STRING, NUMBER, BINARY }

    public KeyAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid key attribute name: " + name);
        }
    }

    public static KeyAttribute string(String name) {
        return new KeyAttribute(name, AttributeType.STRING);
    }

    public static KeyAttribute number(String name) {
        return new KeyAttribute(name, AttributeType.NUMBER);
    }
}
