package io.usdtcustody.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.matching.journal.Durability;
import io.usdtcustody.matching.journal.SnapshotStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal follower publishes every journaled outcome at least once, from the journal: a stalled publisher
 * never holds matching up, a restart republishes what was journaled but not confirmed published, and snapshots
 * never get ahead of the published watermark.
 */
class JournalFollowerTest {
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochSecond(0, ReferenceReplay.FIXED_TIME_NANOS),
            ZoneOffset.UTC);

    @TempDir
    Path data;

    /** Records what it is handed; stalls while {@code gate} is closed, as a publisher retrying through an outage. */
    private static final class RecordingPublisher implements OutcomePublisher {
        final List<CommandOutcome> published = new CopyOnWriteArrayList<>();
        final CountDownLatch gate;

        RecordingPublisher(CountDownLatch gate) {
            this.gate = gate;
        }

        @Override
        public void publish(List<CommandOutcome> outcomes, IntFunction<SymbolSpec> symbols) throws InterruptedException {
            gate.await();
            published.addAll(outcomes);
        }
    }

    @Test
    void publish_shouldNotHoldMatchingUp_andCatchUpFromTheJournal_whenThePublisherStalls() throws Exception {
        List<Command> commands = ReferenceReplay.commands(21, 3_000);
        RecordingPublisher publisher = new RecordingPublisher(new CountDownLatch(1));

        try (MatchingCore core = MatchingCore.start(config(0), FIXED, OutcomeListener.NONE, publisher)) {
            List<CommandOutcome> acknowledged = MatchingCoreTest.submitAll(core, commands);
            assertThat(core.publishedSequence()).as("nothing published during the outage").isZero();

            publisher.gate.countDown();
            awaitPublished(core, 3_000);

            assertSamePublished(publisher.published, acknowledged);
        }
    }

    @Test
    void publish_shouldRetryTheSameBatch_whenPublishingThrows() throws Exception {
        List<Command> commands = ReferenceReplay.commands(24, 500);
        RecordingPublisher recording = new RecordingPublisher(new CountDownLatch(0));
        int[] failures = {2};
        OutcomePublisher failingTwice = (outcomes, symbols) -> {
            if (failures[0]-- > 0) {
                throw new IllegalStateException("cannot write the watermark's disk");
            }
            recording.publish(outcomes, symbols);
        };

        try (MatchingCore core = MatchingCore.start(config(0), FIXED, OutcomeListener.NONE, failingTwice)) {
            List<CommandOutcome> acknowledged = MatchingCoreTest.submitAll(core, commands);
            awaitPublished(core, 500);

            assertSamePublished(recording.published, acknowledged);
        }
    }

    @Test
    void start_shouldRepublishWhatWasJournaledButNotPublished_whenPublishingWasDownAtTheStop() throws Exception {
        List<Command> commands = ReferenceReplay.commands(22, 2_000);
        RecordingPublisher stalled = new RecordingPublisher(new CountDownLatch(1)); // never opens
        List<CommandOutcome> acknowledged;
        try (MatchingCore core = MatchingCore.start(config(700), FIXED, OutcomeListener.NONE, stalled)) {
            acknowledged = MatchingCoreTest.submitAll(core, commands);
        }
        assertThat(SnapshotStore.open(data.resolve("snapshots"), 2).sequencesNewestFirst())
                .as("no snapshot ahead of the published watermark (0)").isEmpty();

        RecordingPublisher restarted = new RecordingPublisher(new CountDownLatch(0));
        try (MatchingCore core = MatchingCore.start(config(700), FIXED, OutcomeListener.NONE, restarted)) {
            awaitPublished(core, 2_000);
            assertSamePublished(restarted.published, acknowledged);
        }
        assertThat(stalled.published).isEmpty();
        assertThat(SnapshotStore.open(data.resolve("snapshots"), 2).sequencesNewestFirst()).containsExactly(1_400L, 700L);
    }

    @Test
    void start_shouldPublishOnlyWhatFollowsTheWatermark_whenEverythingBeforeWasPublished() throws Exception {
        List<Command> commands = ReferenceReplay.commands(23, 2_000);
        RecordingPublisher first = new RecordingPublisher(new CountDownLatch(0));
        try (MatchingCore core = MatchingCore.start(config(700), FIXED, OutcomeListener.NONE, first)) {
            MatchingCoreTest.submitAll(core, commands.subList(0, 1_500));
        }

        RecordingPublisher second = new RecordingPublisher(new CountDownLatch(0));
        try (MatchingCore core = MatchingCore.start(config(700), FIXED, OutcomeListener.NONE, second)) {
            assertThat(core.recovery().snapshotSequence()).isEqualTo(1_400);
            List<CommandOutcome> acknowledged = MatchingCoreTest.submitAll(core, commands.subList(1_500, 2_000));
            awaitPublished(core, 2_000);
            assertSamePublished(second.published, acknowledged);
        }
        assertThat(first.published).extracting(CommandOutcome::sequence).hasSize(1_500).doesNotHaveDuplicates();
    }

    private CoreConfig config(int checkpointEvery) {
        return CoreConfig.defaults(data).withDurability(Durability.OS_PAGE_CACHE)
                .withCheckpointEveryCommands(checkpointEvery).withPublishDrain(Duration.ofMillis(300));
    }

    private static void assertSamePublished(List<CommandOutcome> published, List<CommandOutcome> acknowledged) {
        assertThat(published).extracting(CommandOutcome::sequence)
                .containsExactlyElementsOf(acknowledged.stream().map(CommandOutcome::sequence).toList());
        for (int i = 0; i < acknowledged.size(); i++) {
            CommandOutcome expected = acknowledged.get(i);
            assertThat(published.get(i)).as("sequence %d", expected.sequence())
                    .extracting(CommandOutcome::timestampNanos, CommandOutcome::code, CommandOutcome::events)
                    .containsExactly(expected.timestampNanos(), expected.code(), expected.events());
        }
    }

    private static void awaitPublished(MatchingCore core, long sequence) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (core.publishedSequence() < sequence && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(core.publishedSequence()).isEqualTo(sequence);
    }
}
