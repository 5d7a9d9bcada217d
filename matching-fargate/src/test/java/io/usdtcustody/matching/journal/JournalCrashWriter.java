package io.usdtcustody.matching.journal;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The process {@link JournalCrashIT} kills: recovers the toy state machine from the journal and snapshots,
 * then appends records as fast as it can (applying each, checkpointing now and then) and prints
 * {@code ack <sequence>} for every record only once the journal has reported it durable, the way a service
 * acknowledges an order. It runs until killed (or, as a safety net, for {@link #MAX_RUN} at most).
 *
 * <p>Arguments: journalDirectory snapshotDirectory. First output line: {@code recovered <last> <stateHash>}.
 */
public final class JournalCrashWriter {
    static final int SEGMENT_BYTES = 128 * 1024;
    static final int CHECKPOINT_EVERY = 20_000;
    private static final Duration MAX_RUN = Duration.ofSeconds(60);

    private JournalCrashWriter() {
    }

    /** The record the writer appends as {@code sequence}: its content names its sequence, so a misplaced one shows. */
    static byte[] content(long sequence) {
        String text = String.format("crash-%012d-", sequence) + "#".repeat((int) (sequence % 50));
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static JournalConfig config(Path journalDirectory) {
        return JournalConfig.defaults(journalDirectory).withSegmentBytes(SEGMENT_BYTES);
    }

    public static void main(String[] args) throws Exception {
        Path journalDirectory = Path.of(args[0]);
        SnapshotStore snapshots = SnapshotStore.open(Path.of(args[1]), 2);
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.US_ASCII);
        AtomicLong durable = new AtomicLong();
        AtomicLong recoveredLast = new AtomicLong();
        Thread printer = new Thread(() -> printAcknowledgements(recoveredLast.get(), durable, out), "acknowledgements");
        printer.setDaemon(true);
        DurabilityListener listener = sequence -> {
            durable.set(sequence);
            LockSupport.unpark(printer);
        };
        try (Journal journal = Journal.open(config(journalDirectory), listener)) {
            RunningHashStateMachine machine = new RunningHashStateMachine();
            RecoveryOutcome recovered = Recovery.recover(journal, snapshots, machine);
            durable.set(recovered.lastSequence());
            recoveredLast.set(recovered.lastSequence()); // fixed before any append, whenever the printer first runs
            out.println("recovered " + recovered.lastSequence() + " " + recovered.stateHash());
            out.flush();
            printer.start();
            Checkpointer checkpointer = new Checkpointer(journal, snapshots);
            long deadline = System.nanoTime() + MAX_RUN.toNanos();
            long sequence = recovered.lastSequence();
            while (System.nanoTime() - deadline < 0 && !out.checkError()) {
                ByteBuffer record = ByteBuffer.wrap(content(sequence + 1));
                long appended = journal.append(record, TimeUnit.SECONDS.toNanos(5));
                if (appended != sequence + 1) {
                    throw new IllegalStateException("append returned " + appended + " for " + (sequence + 1));
                }
                sequence = appended;
                machine.apply(sequence, record);
                if (sequence % CHECKPOINT_EVERY == 0) {
                    checkpointer.checkpoint(machine, sequence, Duration.ofSeconds(10));
                }
            }
        }
    }

    /** Prints one line per record that has become durable, in order, never ahead of the journal's report. */
    private static void printAcknowledgements(long recoveredLast, AtomicLong durable, PrintStream out) {
        long printed = recoveredLast;
        while (!out.checkError()) {
            long now = durable.get();
            if (now == printed) {
                LockSupport.parkNanos(1_000_000);
                continue;
            }
            for (long sequence = printed + 1; sequence <= now; sequence++) {
                out.print("ack ");
                out.println(sequence);
            }
            out.flush();
            printed = now;
        }
    }
}
