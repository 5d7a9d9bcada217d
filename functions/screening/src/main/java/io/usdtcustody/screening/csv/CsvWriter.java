package io.usdtcustody.screening.csv;

import java.util.List;

/**
 * Writes one RFC 4180 record: a field is quoted when it holds a comma, a quote, a line break or leading or
 * trailing spaces, and quotes inside it are doubled. Records end with CRLF as the RFC says.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /** The record's text including its CRLF. */
    public static String record(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i));
        }
        return out.append("\r\n").toString();
    }

    private static void appendField(StringBuilder out, String value) {
        String text = value == null ? "" : value;
        boolean quote = !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ');
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
