package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.CommandLog;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.command.CommandCodec;
import io.usdtcustody.matching.journal.Journal;
import io.usdtcustody.matching.journal.RecordSink;
import java.nio.ByteBuffer;

/**
 * The engine's {@link CommandLog} seam backed by the write-ahead {@link Journal}: each command is encoded with
 * {@link CommandCodec} into one reused buffer and appended (no allocation); {@link #commit} waits until the
 * last appended record is durable. For harnesses that drive the engine directly (the journal-on benchmark);
 * the service goes through the {@link Sequencer}, which acknowledges asynchronously instead of waiting.
 */
public final class JournalCommandLog implements CommandLog {
    private static final long APPEND_WAIT_NANOS = 1_000_000_000L;
    private static final long COMMIT_WAIT_NANOS = 30_000_000_000L;

    private final Journal journal;
    private final ByteBuffer record = ByteBuffer.allocate(CommandCodec.MAX_NAME_BYTES + 256);
    private long lastSequence;

    public JournalCommandLog(Journal journal) {
        this.journal = journal;
    }

    /** Appends the command; a journal that stays full for a second or is closed is a failure here. */
    @Override
    public void append(Command command) {
        record.clear();
        if (CommandCodec.encode(command, record) < 0) {
            throw new IllegalArgumentException("command does not fit a journal record: " + command.type);
        }
        record.flip();
        long sequence = journal.append(record, APPEND_WAIT_NANOS);
        if (!RecordSink.accepted(sequence)) {
            throw new IllegalStateException("journal refused a record (" + sequence + ")");
        }
        lastSequence = sequence;
    }

    @Override
    public void commit() {
        try {
            if (lastSequence > 0 && !journal.awaitDurable(lastSequence, COMMIT_WAIT_NANOS)) {
                throw new IllegalStateException("sequence " + lastSequence + " not durable in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while committing", e);
        }
    }

    /** The sequence of the last appended command. */
    public long lastSequence() {
        return lastSequence;
    }
}
