package io.usdtcustody.functions.common;

/**
 * Writes a JSON string literal by hand, for the places that build JSON text without a mapper (log lines, the
 * canonical form of request bodies): quotes and backslashes escaped, control characters and the two JavaScript
 * line separators as {@code \\uXXXX} (short forms for the common ones), everything else as is.
 */
public final class JsonText {
    private JsonText() {
    }

    public static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
