package io.usdtcustody.matching.journal;

import static io.usdtcustody.matching.journal.JournalFixtures.flipByte;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {
    @TempDir
    Path directory;

    @Test
    void latest_shouldReturnTheNewestSnapshot_whenSeveralWereWritten() {
        SnapshotStore store = SnapshotStore.open(directory, 2);
        store.write(10, bytes("ten"));
        store.write(250, bytes("two hundred fifty"));
        store.write(99, bytes("ninety-nine"));

        Snapshot latest = store.latest().orElseThrow();

        assertThat(latest.sequence()).isEqualTo(250);
        assertThat(latest.state()).isEqualTo(bytes("two hundred fifty"));
        assertThat(SnapshotStore.open(directory, 2).latest().orElseThrow().sequence()).as("after reopening").isEqualTo(250);
    }

    @Test
    void latest_shouldBeEmpty_whenNoSnapshotWasWritten() {
        assertThat(SnapshotStore.open(directory, 1).latest()).isEmpty();
    }

    @Test
    void latest_shouldFallBackToTheOlderSnapshot_whenTheNewestIsDamaged() {
        SnapshotStore store = SnapshotStore.open(directory, 2);
        store.write(10, bytes("ten"));
        store.write(20, bytes("twenty"));
        flipByte(directory.resolve("snapshot-00000000000000000020.snap"), 26);

        assertThat(store.latest()).map(Snapshot::sequence).contains(10L);
        assertThat(store.read(20)).isEmpty();
    }

    @Test
    void latest_shouldIgnoreAndOpenShouldDelete_anInterruptedWriteLeftAsATemporaryFile() throws IOException {
        SnapshotStore store = SnapshotStore.open(directory, 2);
        store.write(10, bytes("ten"));
        store.write(20, bytes("twenty"));
        byte[] complete = Files.readAllBytes(directory.resolve("snapshot-00000000000000000020.snap"));
        // a crash before the rename: the whole new state sits under the temporary name only
        Files.write(directory.resolve("snapshot-00000000000000000030.snap.tmp"), complete);

        assertThat(store.latest()).map(Snapshot::sequence).contains(20L);
        assertThat(SnapshotStore.open(directory, 2).latest()).map(Snapshot::sequence).contains(20L);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void read_shouldRejectASnapshot_whenTheFileIsCutShortAtAnyByte() throws IOException {
        SnapshotStore store = SnapshotStore.open(directory, 2);
        store.write(5, bytes("five"));
        store.write(7, bytes("seven, a somewhat longer state"));
        Path file = directory.resolve("snapshot-00000000000000000007.snap");
        byte[] complete = Files.readAllBytes(file);

        for (int cut = 0; cut < complete.length; cut++) {
            Files.write(file, Arrays.copyOf(complete, cut));
            assertThat(store.read(7)).as("cut at %d", cut).isEmpty();
            assertThat(store.latest()).map(Snapshot::sequence).contains(5L);
        }
    }

    @Test
    void write_shouldReplaceTheSnapshot_whenTheSameSequenceIsWrittenAgain() {
        SnapshotStore store = SnapshotStore.open(directory, 2);
        store.write(5, bytes("first"));
        store.write(5, bytes("second"));

        assertThat(store.read(5)).map(Snapshot::state).hasValueSatisfying(s -> assertThat(s).isEqualTo(bytes("second")));
    }

    @Test
    void prune_shouldKeepTheNewestRetainedSnapshots_andReturnTheOldestKept() {
        SnapshotStore store = SnapshotStore.open(directory, 2);
        for (long sequence : new long[] {10, 20, 30, 40}) {
            store.write(sequence, bytes("at " + sequence));
        }

        OptionalLong oldestKept = store.prune();

        assertThat(oldestKept).hasValue(30);
        assertThat(store.sequencesNewestFirst()).containsExactly(40L, 30L);
    }

    @Test
    void prune_shouldNotCountADamagedSnapshot_towardsTheRetention() {
        SnapshotStore store = SnapshotStore.open(directory, 2);
        for (long sequence : new long[] {10, 20, 30}) {
            store.write(sequence, bytes("at " + sequence));
        }
        flipByte(directory.resolve("snapshot-00000000000000000030.snap"), 30);

        assertThat(store.prune()).hasValue(10);
        assertThat(store.sequencesNewestFirst()).containsExactly(30L, 20L, 10L);
        assertThat(store.latest()).map(Snapshot::sequence).isEqualTo(Optional.of(20L));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
