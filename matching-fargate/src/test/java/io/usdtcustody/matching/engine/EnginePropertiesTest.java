package io.usdtcustody.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.api.SelfTradePrevention;
import io.usdtcustody.matching.engine.command.CommandCodec;
import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the engine over random command streams (jqwik). */
class EnginePropertiesTest {
    private static final int COMMANDS = 1_500;

    private static EngineConfig config(SelfTradePrevention stp) {
        return new EngineConfig(stp, 0, 0, 256, 16);
    }

    @Property(tries = 40)
    void everyCommand_shouldKeepBooksUncrossedAndMoneyConserved(@ForAll long seed,
            @ForAll SelfTradePrevention stp) {
        MatchingEngine engine = new MatchingEngine(config(stp));
        RandomCommandStream stream = new RandomCommandStream(seed, engine);
        for (Command c : stream.preamble()) {
            engine.execute(c, EngineEvents.NONE);
        }
        for (int i = 0; i < COMMANDS; i++) {
            engine.execute(stream.next(), EngineEvents.NONE);
            EngineInvariants.assertHold(engine);
        }
    }

    @Property(tries = 25)
    void restoredSnapshot_shouldContinueExactlyLikeTheOriginal(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = COMMANDS - 1) int cut) {
        MatchingEngine original = new MatchingEngine(config(SelfTradePrevention.CANCEL_INCOMING));
        RandomCommandStream stream = new RandomCommandStream(seed, original);
        List<Command> preamble = stream.preamble();
        MatchingEngine restored = null;
        RecordingEvents originalEvents = new RecordingEvents();
        RecordingEvents restoredEvents = new RecordingEvents();
        for (int i = 0; i < preamble.size() + COMMANDS; i++) {
            if (i == preamble.size() + cut) {
                restored = MatchingEngine.restore(original.snapshot());
                assertThat(restored.stateHash()).isEqualTo(original.stateHash());
            }
            Command c = i < preamble.size() ? preamble.get(i) : stream.next();
            original.execute(c, originalEvents);
            List<String> expected = originalEvents.drain();
            if (restored != null) {
                restored.execute(c, restoredEvents);
                assertThat(restoredEvents.drain()).as("events of command %d", i).isEqualTo(expected);
            }
        }
        assertThat(restored).isNotNull();
        assertThat(restored.stateHash()).isEqualTo(original.stateHash());
    }

    @Property(tries = 25)
    void journalledRecords_shouldRebuildTheSameState(@ForAll long seed) {
        MatchingEngine original = new MatchingEngine(config(SelfTradePrevention.CANCEL_BOTH));
        MatchingEngine replayed = new MatchingEngine(config(SelfTradePrevention.CANCEL_BOTH));
        RandomCommandStream stream = new RandomCommandStream(seed, original);
        List<Command> preamble = stream.preamble();
        ByteBuffer journal = ByteBuffer.allocate(256 * (preamble.size() + COMMANDS));
        for (int i = 0; i < preamble.size() + COMMANDS; i++) {
            Command c = i < preamble.size() ? preamble.get(i) : stream.next();
            assertThat(CommandCodec.encode(c, journal)).isEqualTo(CommandCodec.encodedLength(c));
            original.execute(c, EngineEvents.NONE);
        }
        journal.flip();
        RecordingEvents events = new RecordingEvents();
        while (journal.hasRemaining()) {
            replayed.apply(journal, events);
        }
        assertThat(events.lines()).noneMatch(l -> l.contains("MALFORMED"));
        assertThat(replayed.stateHash()).isEqualTo(original.stateHash());
    }

}
