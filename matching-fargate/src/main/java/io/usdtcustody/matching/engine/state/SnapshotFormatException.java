package io.usdtcustody.matching.engine.state;

/** The bytes given to restore from are not an engine snapshot this version can read, or were corrupted. */
public final class SnapshotFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SnapshotFormatException(String message) {
        super(message);
    }

    public SnapshotFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
