package io.usdtcustody.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.SelfTradePrevention;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * The fast engine against the same engine on the reference order books: for large random streams (GTC, IOC,
 * FOK, MARKET, post-only, cancels, amends, transfers and invalid commands), every command must produce the
 * same events in the same order, and the two states must hash the same.
 */
class EngineDifferentialTest {

    static Stream<Arguments> streams() {
        return Stream.of(
                Arguments.of(1L, SelfTradePrevention.CANCEL_INCOMING, 0, 40_000),
                Arguments.of(2L, SelfTradePrevention.CANCEL_RESTING, 0, 40_000),
                Arguments.of(3L, SelfTradePrevention.CANCEL_BOTH, 0, 40_000),
                Arguments.of(4L, SelfTradePrevention.CANCEL_INCOMING, 30, 40_000),
                Arguments.of(5L, SelfTradePrevention.CANCEL_INCOMING, 0, 150_000));
    }

    @ParameterizedTest(name = "seed {0}, {1}, rate limit {2}/s, {3} commands")
    @MethodSource("streams")
    void fastAndReferenceEngines_shouldEmitIdenticalEvents_forRandomStreams(long seed, SelfTradePrevention stp,
            int rateLimit, int count) {
        EngineConfig config = new EngineConfig(stp, rateLimit, 0, 1024, 16);
        MatchingEngine fast = new MatchingEngine(config, OrderBookFactory.FAST);
        MatchingEngine reference = new MatchingEngine(config, OrderBookFactory.REFERENCE);
        RecordingEvents fastEvents = new RecordingEvents();
        RecordingEvents referenceEvents = new RecordingEvents();
        RandomCommandStream stream = new RandomCommandStream(seed, fast);
        List<Command> preamble = stream.preamble();
        int trades = 0;

        for (int i = 0; i < preamble.size() + count; i++) {
            Command c = i < preamble.size() ? preamble.get(i) : stream.next();
            assertThat(fast.execute(c, fastEvents)).as("result of command %d: %s", i, c)
                    .isEqualTo(reference.execute(c, referenceEvents));
            assertThat(fastEvents.lines()).as("events of command %d: %s", i, c)
                    .isEqualTo(referenceEvents.lines());
            trades += (int) fastEvents.lines().stream().filter(l -> l.startsWith("trade")).count();
            fastEvents.drain();
            referenceEvents.drain();
            if (i % 500 == 0) {
                EngineInvariants.assertHold(fast);
            }
            if (i % 10_000 == 0) {
                assertThat(fast.stateHash()).as("state after command %d", i).isEqualTo(reference.stateHash());
            }
        }

        assertThat(fast.stateHash()).isEqualTo(reference.stateHash());
        assertThat(trades).as("the stream must actually trade").isGreaterThan(count / 20);
    }
}
