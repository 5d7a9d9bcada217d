package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.EngineConfig;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The commands a test feeds the core, and what a plain engine makes of them when run directly, one after the
 * other, with no journal: the reference the core's acknowledged outcomes and recovered state must match.
 * Command {@code k} (from 1) is the k-th of {@link CoreCrashDriver#stream}, stamped with a fixed time.
 */
final class ReferenceReplay {
    static final long FIXED_TIME_NANOS = 1_700_000_000_000_000_000L;

    private ReferenceReplay() {
    }

    /** Commands 1..count of the seeded stream, timestamps set to the fixed time. */
    static List<Command> commands(long seed, int count) {
        Iterator<Command> stream = CoreCrashDriver.stream(seed);
        List<Command> commands = new ArrayList<>(count);
        while (commands.size() < count) {
            commands.add(stream.next());
        }
        return commands;
    }

    /** The engine after executing {@code commands} in order, and each command's events. */
    record Result(MatchingEngine engine, List<List<OutcomeEvent>> events) {
        long stateHash() {
            return JournaledEngine.stateHashOf(engine);
        }
    }

    /** Executes {@code command} directly, giving a PLACE without an order id the one the sequencer would. */
    static ResultCode execute(MatchingEngine engine, Command command, OutcomeRecorder recorder) {
        if (command.type == CommandType.PLACE && command.orderId == 0) {
            command = new Command().copyFrom(command);
            command.orderId = engine.lastOrderId() + 1;
        }
        return engine.execute(command, recorder);
    }

    static Result run(List<Command> commands) {
        MatchingEngine engine = new MatchingEngine(EngineConfig.DEFAULT);
        OutcomeRecorder recorder = new OutcomeRecorder();
        List<List<OutcomeEvent>> events = new ArrayList<>(commands.size());
        for (Command command : commands) {
            execute(engine, command, recorder);
            events.add(recorder.take());
        }
        return new Result(engine, events);
    }
}
