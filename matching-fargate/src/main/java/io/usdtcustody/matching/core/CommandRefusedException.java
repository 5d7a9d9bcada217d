package io.usdtcustody.matching.core;

/**
 * The sequencer did not take a command, so it was neither journaled nor applied and the caller may retry it.
 * This is not an engine refusal (those are {@link CommandOutcome}s with a result code).
 */
public final class CommandRefusedException extends RuntimeException {

    /** Why the command was not taken. */
    public enum Reason {
        /** The bounded inbound queue is full: back off and retry. */
        BUSY,
        /** The journal stayed full past the bounded wait, or is closed or failed. */
        JOURNAL_UNAVAILABLE,
        /** The command does not fit a journal record. */
        TOO_LARGE,
        /** The sequencer is stopping. */
        STOPPED
    }

    private final Reason reason;

    public CommandRefusedException(Reason reason) {
        super("command not taken: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
