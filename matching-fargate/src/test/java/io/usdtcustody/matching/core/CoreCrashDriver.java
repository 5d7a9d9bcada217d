package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.RandomCommandStream;
import io.usdtcustody.matching.engine.api.Command;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The process {@link CoreCrashIT} kills: starts a {@link MatchingCore} on a data directory (recovering what is
 * there), prints {@code recovered <last sequence> <state hash>}, then submits the seeded command stream from the
 * next command on, as fast as the core takes it, and prints {@code ack <sequence> <events>} for every outcome
 * the core acknowledges (durable, in order). Time is a fixed clock so that the test's reference replay can
 * reproduce every event exactly.
 *
 * <p>Arguments: data directory, seed, commands between checkpoints.
 */
public final class CoreCrashDriver {
    private static final int MAX_IN_FLIGHT = 8_192;

    private CoreCrashDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int checkpointEvery = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.US_ASCII);
        System.setOut(System.err); // logs (logback's console appender, its status lines) to stderr: stdout is ours
        Clock fixed = Clock.fixed(Instant.ofEpochSecond(0, ReferenceReplay.FIXED_TIME_NANOS), ZoneOffset.UTC);
        CoreConfig config = CoreConfig.defaults(data).withCheckpointEveryCommands(checkpointEvery);
        MatchingCore core = MatchingCore.start(config, fixed, outcome -> {
            out.println("ack " + outcome.sequence() + ' ' + outcome.events());
            out.flush();
        });
        long recovered = core.recovery().lastSequence();
        out.println("recovered " + recovered + ' ' + Long.toHexString(core.recovery().stateHash()));
        out.flush();
        submitFrom(core, seed, recovered, MAX_IN_FLIGHT, 0);
    }

    /**
     * Submits the seeded stream from command {@code recovered + 1} on, without end, at most {@code maxInFlight}
     * unacknowledged, {@code perMillisecond} commands per millisecond (0: as fast as the core takes them). A
     * refused command would shift every later sequence, so the process halts loudly instead.
     */
    static void submitFrom(MatchingCore core, long seed, long recovered, int maxInFlight, int perMillisecond)
            throws InterruptedException {
        Iterator<Command> commands = stream(seed);
        for (long skipped = 0; skipped < recovered; skipped++) {
            commands.next();
        }
        Semaphore inFlight = new Semaphore(maxInFlight);
        for (long sent = 1; ; sent++) {
            inFlight.acquire();
            core.submit(commands.next()).whenComplete((outcome, failure) -> {
                if (failure != null) {
                    failure.printStackTrace();
                    Runtime.getRuntime().halt(3);
                }
                inFlight.release();
            });
            if (perMillisecond > 0 && sent % perMillisecond == 0) {
                TimeUnit.MILLISECONDS.sleep(1);
            }
        }
    }

    /** The seeded stream, command 1 first: the preamble, then random commands without end. */
    static Iterator<Command> stream(long seed) {
        RandomCommandStream stream = new RandomCommandStream(seed);
        List<Command> preamble = stream.preamble();
        return new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Command next() {
                Command next = index < preamble.size() ? preamble.get(index) : stream.next();
                index++;
                next.timestampNanos = ReferenceReplay.FIXED_TIME_NANOS;
                return next;
            }
        };
    }
}
