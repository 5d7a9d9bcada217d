package io.usdtcustody.screening.list;

/**
 * A sanctions list could not be loaded: a file is missing, unreadable or not in the official layout, or it
 * holds no entries. Screening refuses to start rather than screen against nothing, which would clear everyone.
 * The message names the file and line, never list content beyond that.
 */
public final class SanctionsListException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SanctionsListException(String message) {
        super(message);
    }

    public SanctionsListException(String message, Throwable cause) {
        super(message, cause);
    }
}
