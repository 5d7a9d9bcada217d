package io.usdtcustody.custody.audit;

/**
 * A stored audit entry that cannot be decoded at all (an attribute missing, a record no longer valid): the
 * verifier reports it as the broken link at {@link #sequence()}. The message names what is wrong, never values.
 */
public final class UnreadableAuditEntryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long sequence;

    public UnreadableAuditEntryException(long sequence, String problem) {
        super("audit entry " + sequence + " cannot be read: " + problem, null, false, false);
        this.sequence = sequence;
    }

    public long sequence() {
        return sequence;
    }
}
