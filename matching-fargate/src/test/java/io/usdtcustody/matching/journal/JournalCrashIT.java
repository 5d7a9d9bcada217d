package io.usdtcustody.matching.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a stream of appends, again and again on the same journal: a {@link JournalCrashWriter}
 * in its own JVM recovers, appends as fast as it can and prints an acknowledgement per durable record; the
 * test SIGKILLs it ({@code Process.destroyForcibly()} on Linux) after a random number of acknowledgements,
 * then proves from the files that every acknowledged record is there exactly once, in order, with no gap
 * and no duplicate, and that recovery rebuilds the state those records produce.
 *
 * <p>Iterations: {@code -Djournal.crash.iterations=N} (default {@value #DEFAULT_ITERATIONS}).
 */
class JournalCrashIT {
    private static final int DEFAULT_ITERATIONS = 10;
    private static final long LINE_TIMEOUT_SECONDS = 30;

    @TempDir
    Path root;

    @Test
    void killMinus9_midStream_shouldLoseOrDoubleNoAcknowledgedRecord_acrossRepeatedCrashes() throws Exception {
        int iterations = Integer.getInteger("journal.crash.iterations", DEFAULT_ITERATIONS);
        Random random = new Random(Long.getLong("journal.crash.seed", 6L));
        Path journalDirectory = root.resolve("journal");
        Path snapshotDirectory = root.resolve("snapshots");
        long acknowledgedBefore = 0;
        for (int iteration = 1; iteration <= iterations; iteration++) {
            int killAfter = 2_000 + random.nextInt(60_000);
            Run run = runAndKill(journalDirectory, snapshotDirectory, killAfter, iteration);

            assertThat(run.recoveredLast()).as("iteration %d: everything acknowledged before survived", iteration)
                    .isGreaterThanOrEqualTo(acknowledgedBefore);
            assertThat(run.recoveredHash()).as("iteration %d: the writer recovered the reference state", iteration)
                    .isEqualTo(referenceHash(run.recoveredLast()));
            assertThat(run.lastAcknowledged()).as("iteration %d: killed mid-stream", iteration)
                    .isGreaterThan(run.recoveredLast());
            long stored = assertStoredExactlyOnceInOrder(journalDirectory, snapshotDirectory, run.lastAcknowledged());
            System.out.printf("journal crash iteration %d: recovered %d, acknowledged up to %d, stored %d%n",
                    iteration, run.recoveredLast(), run.lastAcknowledged(), stored);
            acknowledgedBefore = run.lastAcknowledged();
        }
    }

    record Run(long recoveredLast, long recoveredHash, long lastAcknowledged) {
    }

    private Run runAndKill(Path journalDirectory, Path snapshotDirectory, int killAfter, int iteration) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stderr = root.resolve("writer-" + iteration + ".err");
        Process writer = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                JournalCrashWriter.class.getName(), journalDirectory.toString(), snapshotDirectory.toString())
                .redirectError(stderr.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(writer, lines), "writer-stdout");
        reader.start();
        try {
            String[] recovered = nextLine(lines, writer, stderr).split(" ");
            assertThat(recovered[0]).isEqualTo("recovered");
            long recoveredLast = Long.parseLong(recovered[1]);
            long expected = recoveredLast + 1;
            while (expected - recoveredLast <= killAfter) {
                assertThat(nextLine(lines, writer, stderr)).isEqualTo("ack " + expected);
                expected++;
            }
            writer.destroyForcibly(); // SIGKILL while appends and fsyncs are in flight
            writer.waitFor();
            reader.join();
            List<String> rest = new ArrayList<>(lines);
            rest.remove(rest.size() - 1); // the end-of-stream marker
            for (int i = 0; i < rest.size(); i++) {
                String line = rest.get(i);
                if (line.equals("ack " + expected)) { // printed before the kill: acknowledged
                    expected++;
                } else {
                    assertThat(i).as("only the last line may be torn: %s", line).isEqualTo(rest.size() - 1);
                    assertThat("ack " + expected).as("a torn line is a prefix of the next acknowledgement").startsWith(line);
                }
            }
            return new Run(recoveredLast, Long.parseLong(recovered[2]), expected - 1);
        } finally {
            writer.destroyForcibly();
        }
    }

    /** Reads the files as they are after the crash; returns the last stored sequence. */
    private static long assertStoredExactlyOnceInOrder(Path journalDirectory, Path snapshotDirectory, long lastAcknowledged) {
        SnapshotStore snapshots = SnapshotStore.open(snapshotDirectory, 2);
        long firstStored = SegmentFile.list(journalDirectory).get(0).firstSequence();
        long coveredBySnapshot = snapshots.latest().map(Snapshot::sequence).orElse(0L);
        assertThat(coveredBySnapshot).as("pruned records are inside the snapshot").isGreaterThanOrEqualTo(firstStored - 1);
        long expected = firstStored;
        try (JournalCursor records = JournalCursor.readDirectory(journalDirectory, firstStored)) {
            while (records.next()) {
                assertThat(records.sequence()).isEqualTo(expected);
                ByteBuffer record = records.record();
                if (!record.equals(ByteBuffer.wrap(JournalCrashWriter.content(expected)))) {
                    fail("record %d holds other content", expected);
                }
                expected++;
            }
        }
        long lastStored = expected - 1;
        assertThat(lastStored).as("every acknowledged record is stored").isGreaterThanOrEqualTo(lastAcknowledged);

        try (Journal journal = Journal.open(JournalCrashWriter.config(journalDirectory))) {
            RecoveryOutcome outcome = Recovery.recover(journal, snapshots, new RunningHashStateMachine());
            assertThat(outcome.lastSequence()).isEqualTo(lastStored);
            assertThat(outcome.stateHash()).as("snapshot + tail = every record 1..%d once, in order", lastStored)
                    .isEqualTo(referenceHash(lastStored));
        }
        return lastStored;
    }

    private static long referenceHash(long lastSequence) {
        RunningHashStateMachine reference = new RunningHashStateMachine();
        for (long sequence = 1; sequence <= lastSequence; sequence++) {
            reference.apply(sequence, JournalCrashWriter.content(sequence));
        }
        return reference.stateHash();
    }

    private static String nextLine(BlockingQueue<String> lines, Process writer, Path stderr) throws Exception {
        String line = lines.poll(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (line == null || line.equals("<eof>")) {
            writer.destroyForcibly();
            fail("the writer stopped talking (alive: %s); its stderr:%n%s", writer.isAlive(), tail(stderr));
        }
        return line;
    }

    private static void pump(Process writer, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the pipe breaks when the writer is killed; what was read is what counts
        }
        lines.add("<eof>");
    }

    private static String tail(Path file) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException e) {
            return "(no stderr)";
        }
    }
}
