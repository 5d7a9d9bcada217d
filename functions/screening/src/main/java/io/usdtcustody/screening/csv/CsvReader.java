package io.usdtcustody.screening.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: comma separated, records ended by CRLF or a bare LF (or CR),
 * fields optionally in double quotes, a quote inside a quoted field written twice, and line breaks allowed
 * inside quoted fields. It is strict where lenient parsing would silently shift columns: a quote inside an
 * unquoted field, text after a closing quote, or a quoted field still open at the end of input is a
 * {@link CsvFormatException}. Unquoted fields are returned as written (spaces included); what a blank or a
 * placeholder means is the caller's business.
 */
public final class CsvReader {
    private static final int EOF = -1;

    private final Reader in;
    private final StringBuilder field = new StringBuilder(64);
    private int pushedBack = Integer.MIN_VALUE;
    private long line = 1;
    private long recordLine;
    private long position;
    private long recordStart;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record's fields, or {@code null} at the end of input. An empty line is one empty field. */
    public List<String> next() {
        int c = read();
        if (c == EOF) {
            return null;
        }
        recordLine = line;
        recordStart = position - 1;
        List<String> fields = new ArrayList<>(12);
        while (true) {
            field.setLength(0);
            int end = c == '"' ? quoted() : unquoted(c);
            fields.add(field.toString());
            if (end != ',') {
                return fields;
            }
            c = read();
        }
    }

    /** The line the record last returned by {@link #next()} starts on (1-based). */
    public long recordLine() {
        return recordLine;
    }

    /** Where (in characters from the start of input) the record last returned by {@link #next()} starts. */
    public long recordStart() {
        return recordStart;
    }

    /** How many characters of input the records returned so far took, line ends included. */
    public long position() {
        return position;
    }

    /** Reads an unquoted field starting with {@code c}; returns what ended it (',', '\n' or EOF). */
    private int unquoted(int c) {
        while (true) {
            switch (c) {
                case ',', EOF -> {
                    return c;
                }
                case '\r', '\n' -> {
                    endOfLine(c);
                    return '\n';
                }
                case '"' -> throw new CsvFormatException(line, "a double quote inside an unquoted field");
                default -> field.append((char) c);
            }
            c = read();
        }
    }

    /** Reads a quoted field whose opening quote was consumed; returns what followed the closing quote. */
    private int quoted() {
        long opened = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(opened, "a quoted field is never closed");
            }
            if (c == '\n' || (c == '\r' && peekIsNot('\n'))) {
                line++;
            }
            if (c != '"') {
                field.append((char) c);
                continue;
            }
            int after = read();
            if (after == '"') {
                field.append('"');
            } else if (after == ',' || after == EOF) {
                return after;
            } else if (after == '\r' || after == '\n') {
                endOfLine(after);
                return '\n';
            } else {
                throw new CsvFormatException(line, "text after the closing quote of a field");
            }
        }
    }

    private void endOfLine(int c) {
        if (c == '\r') {
            int next = read();
            if (next != '\n' && next != EOF) {
                pushBack(next);
            }
        }
        line++;
    }

    private boolean peekIsNot(int expected) {
        int next = read();
        if (next != EOF) {
            pushBack(next);
        }
        return next != expected;
    }

    private void pushBack(int c) {
        pushedBack = c;
        position--;
    }

    private int read() {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            position++;
            return c;
        }
        try {
            int c = in.read();
            if (c != EOF) {
                position++;
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV input", e);
        }
    }
}
