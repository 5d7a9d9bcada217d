package io.usdtcustody.screening.csv;

/**
 * CSV text that breaks RFC 4180 or the layout a reader expects (a stray quote, an unterminated quoted field,
 * the wrong number of columns, a missing header). The message names the line and the problem, never the
 * field's content, so it is safe to print for a person who fed the CLI a customer file.
 */
public final class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long line;

    public CsvFormatException(long line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /** The 1-based physical line the offending record starts on. */
    public long line() {
        return line;
    }
}
