package io.usdtcustody.matching.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.RandomCommandStream;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.EngineEvents;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import org.junit.jupiter.api.Test;

class EngineSnapshotTest {

    private static MatchingEngine busyEngine(OrderBookFactory books) {
        MatchingEngine engine = new MatchingEngine(EngineConfig.DEFAULT, books);
        RandomCommandStream stream = new RandomCommandStream(42, engine);
        for (Command c : stream.preamble()) {
            engine.execute(c, EngineEvents.NONE);
        }
        for (int i = 0; i < 3_000; i++) {
            engine.execute(stream.next(), EngineEvents.NONE);
        }
        return engine;
    }

    @Test
    void snapshot_shouldBeTheSameBytes_forTheSameStateWhateverTheBookImplementation() {
        MatchingEngine fast = busyEngine(OrderBookFactory.FAST);
        MatchingEngine reference = busyEngine(OrderBookFactory.REFERENCE);

        assertThat(fast.book(RandomCommandStream.BTC_USDT).orderCount()).isGreaterThan(10);
        assertThat(fast.snapshot()).isEqualTo(reference.snapshot());
        assertThat(fast.stateHash()).isEqualTo(reference.stateHash()).hasSize(64);
    }

    @Test
    void restore_shouldRebuildAnEngineWithTheSameSnapshot() {
        MatchingEngine engine = busyEngine(OrderBookFactory.FAST);
        byte[] snapshot = engine.snapshot();

        MatchingEngine restored = MatchingEngine.restore(snapshot, OrderBookFactory.REFERENCE, EngineConfig.DEFAULT);

        assertThat(restored.snapshot()).isEqualTo(snapshot);
        assertThat(restored.lastOrderId()).isEqualTo(engine.lastOrderId());
    }

    @Test
    void restore_shouldRefuse_whenTheSnapshotIsCorruptedOrTruncated() {
        byte[] snapshot = busyEngine(OrderBookFactory.FAST).snapshot();
        byte[] flipped = snapshot.clone();
        flipped[snapshot.length / 2] ^= 1;
        byte[] truncated = java.util.Arrays.copyOf(snapshot, snapshot.length - 9);

        assertThatThrownBy(() -> MatchingEngine.restore(flipped)).isInstanceOf(SnapshotFormatException.class)
                .hasMessageContaining("checksum");
        assertThatThrownBy(() -> MatchingEngine.restore(truncated)).isInstanceOf(SnapshotFormatException.class);
        assertThatThrownBy(() -> MatchingEngine.restore(new byte[3])).isInstanceOf(SnapshotFormatException.class);
    }
}
