package io.usdtcustody.matching.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.journal.Durability;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the matching core mid-stream, again and again on the same data directory. A
 * {@link CoreCrashDriver} in its own JVM recovers, submits deposits, places, cancels and amends as fast as the
 * core takes them, and prints every acknowledged outcome; the test SIGKILLs it ({@code destroyForcibly}) after
 * a random number of acknowledgements and restarts it. A reference engine executes the same commands directly,
 * once each, and the test proves:
 * <ul>
 *   <li>every acknowledgement is the next sequence and carries exactly the events (acceptances, trades,
 *       cancels, rejections) the reference produced for that command;</li>
 *   <li>after each crash the core recovers at least everything it acknowledged, and its recovered state hash
 *       equals the reference's after exactly those commands, once each: nothing acknowledged lost, nothing
 *       doubled.</li>
 * </ul>
 * Iterations: {@code -Dmatching.crash.iterations=N} (default {@value #DEFAULT_ITERATIONS}).
 */
class CoreCrashIT {
    private static final int DEFAULT_ITERATIONS = 10;
    private static final long SEED = 66;
    private static final int CHECKPOINT_EVERY = 7_000;
    private static final long LINE_TIMEOUT_SECONDS = 60;

    @TempDir
    Path root;

    private final MatchingEngine reference = new MatchingEngine(EngineConfig.DEFAULT);
    private final OutcomeRecorder recorder = new OutcomeRecorder();
    private final Iterator<Command> commands = CoreCrashDriver.stream(SEED);
    private long referenceAt;

    @Test
    void killMinus9_midStream_shouldLoseOrDoubleNoAcknowledgedOrderOrTrade_acrossRepeatedCrashes() throws Exception {
        int iterations = Integer.getInteger("matching.crash.iterations", DEFAULT_ITERATIONS);
        Random random = new Random(Long.getLong("matching.crash.seed", 6L));
        Path data = root.resolve("data");
        long acknowledged = 0;
        long trades = 0;
        for (int iteration = 1; iteration <= iterations; iteration++) {
            int killAfter = 1_000 + random.nextInt(20_000);
            long[] run = runAndKill(data, killAfter, iteration, acknowledged);
            trades += run[1];
            System.out.printf("matching crash iteration %d: acknowledged up to %d (%d trades so far)%n", iteration,
                    run[0], trades);
            acknowledged = run[0];
        }
        try (MatchingCore last = MatchingCore.start(CoreConfig.defaults(data), Clock.systemUTC(), OutcomeListener.NONE)) {
            assertRecovered(last.recovery().lastSequence(), last.recovery().stateHash(), acknowledged, "final");
        }
        assertThat(trades).as("the stream traded").isPositive();
    }

    /** Returns the last acknowledged sequence and the trades acknowledged in this run. */
    private long[] runAndKill(Path data, int killAfter, int iteration, long acknowledgedBefore) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stderr = root.resolve("driver-" + iteration + ".err");
        Process driver = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CoreCrashDriver.class.getName(), data.toString(), Long.toString(SEED),
                Integer.toString(CHECKPOINT_EVERY)).redirectError(stderr.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(driver, lines), "driver-stdout");
        reader.start();
        try {
            String[] recovered = nextLine(lines, driver, stderr).split(" ");
            assertThat(recovered[0]).isEqualTo("recovered");
            long recoveredLast = Long.parseLong(recovered[1]);
            assertRecovered(recoveredLast, Long.parseUnsignedLong(recovered[2], 16), acknowledgedBefore,
                    "iteration " + iteration);
            long expected = recoveredLast + 1;
            long trades = 0;
            while (expected - recoveredLast <= killAfter) {
                trades += checkAcknowledgement(nextLine(lines, driver, stderr), expected++);
            }
            driver.destroyForcibly(); // SIGKILL while commands, fsyncs and snapshots are in flight
            driver.waitFor();
            reader.join();
            List<String> rest = new ArrayList<>(lines);
            rest.remove(rest.size() - 1); // the end-of-stream marker
            for (int i = 0; i < rest.size(); i++) {
                if (i == rest.size() - 1 && !rest.get(i).endsWith("]")) {
                    break; // torn by the kill mid-line: never fully acknowledged
                }
                trades += checkAcknowledgement(rest.get(i), expected++);
            }
            return new long[] {expected - 1, trades};
        } finally {
            driver.destroyForcibly();
        }
    }

    /** The acknowledgement is for {@code sequence} and carries the reference's events; returns its trades. */
    private long checkAcknowledgement(String line, long sequence) {
        advanceReferenceTo(sequence - 1);
        ReferenceReplay.execute(reference, commands.next(), recorder);
        referenceAt = sequence;
        List<OutcomeEvent> events = recorder.take();
        assertThat(line).as("acknowledgement %d", sequence).isEqualTo("ack " + sequence + ' ' + events);
        return events.stream().filter(OutcomeEvent.Trade.class::isInstance).count();
    }

    private void assertRecovered(long recoveredLast, long recoveredHash, long acknowledgedBefore, String when) {
        assertThat(recoveredLast).as("%s: everything acknowledged before the crash survived", when)
                .isGreaterThanOrEqualTo(acknowledgedBefore);
        advanceReferenceTo(recoveredLast);
        assertThat(recoveredHash).as("%s: recovered state = reference after commands 1..%d, once each", when,
                recoveredLast).isEqualTo(JournaledEngine.stateHashOf(reference));
    }

    private void advanceReferenceTo(long sequence) {
        assertThat(referenceAt).as("the reference never runs ahead of what is checked").isLessThanOrEqualTo(sequence);
        while (referenceAt < sequence) {
            ReferenceReplay.execute(reference, commands.next(), recorder);
            recorder.take();
            referenceAt++;
        }
    }

    private static String nextLine(BlockingQueue<String> lines, Process driver, Path stderr) throws Exception {
        String line = lines.poll(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (line == null || line.equals("<eof>")) {
            driver.destroyForcibly();
            fail("the driver stopped talking (alive: %s); its stderr:%n%s", driver.isAlive(), tail(stderr));
        }
        return line;
    }

    static void pump(Process driver, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(driver.getInputStream(),
                StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the pipe breaks when the driver is killed; what was read is what counts
        }
        lines.add("<eof>");
    }

    static String tail(Path file) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException e) {
            return "(no stderr)";
        }
    }
}
