package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.RandomCommandStream;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands a test feeds the core, and what a plain engine makes of them when run directly, one after the
 * other, with no journal: the reference the core's acknowledged outcomes and recovered state must match.
 * Command {@code k} (from 1) is the k-th of a seeded {@link RandomCommandStream}, stamped with a fixed time.
 */
final class ReferenceReplay {
    static final long FIXED_TIME_NANOS = 1_700_000_000_000_000_000L;

    private ReferenceReplay() {
    }

    /** Commands 1..count of the seeded stream, timestamps set to the fixed time. */
    static List<Command> commands(long seed, int count) {
        RandomCommandStream stream = new RandomCommandStream(seed);
        List<Command> commands = new ArrayList<>(stream.preamble());
        while (commands.size() < count) {
            commands.add(stream.next());
        }
        List<Command> first = new ArrayList<>(commands.subList(0, count));
        first.forEach(c -> c.timestampNanos = FIXED_TIME_NANOS);
        return first;
    }

    /** The engine after executing {@code commands} in order, and each command's events. */
    record Result(MatchingEngine engine, List<List<OutcomeEvent>> events) {
        long stateHash() {
            return JournaledEngine.stateHashOf(engine);
        }
    }

    static Result run(List<Command> commands) {
        MatchingEngine engine = new MatchingEngine(EngineConfig.DEFAULT);
        OutcomeRecorder recorder = new OutcomeRecorder();
        List<List<OutcomeEvent>> events = new ArrayList<>(commands.size());
        for (Command command : commands) {
            engine.execute(command, recorder);
            events.add(recorder.take());
        }
        return new Result(engine, events);
    }
}
