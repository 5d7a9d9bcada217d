package io.usdtcustody.matching.journal;

import static io.usdtcustody.matching.journal.JournalFixtures.frameOffsets;
import static io.usdtcustody.matching.journal.JournalFixtures.lastSegment;
import static io.usdtcustody.matching.journal.JournalFixtures.readAll;
import static io.usdtcustody.matching.journal.JournalFixtures.record;
import static io.usdtcustody.matching.journal.JournalFixtures.segments;
import static io.usdtcustody.matching.journal.JournalFixtures.writeRecords;
import static io.usdtcustody.matching.journal.JournalFixtures.small;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.journal.JournalFixtures.Stored;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash in the middle of writing the last record leaves a prefix of it; opening cuts it off, whatever its length. */
class JournalTornTailTest {
    private static final int RECORDS = 6;

    @TempDir
    Path directory;

    @Test
    void open_shouldCutOffTheTornLastRecord_whenTheFileEndsAtEveryByteOffsetWithinIt() throws IOException {
        writeRecords(JournalConfig.defaults(directory), RECORDS);
        Path segment = lastSegment(directory);
        byte[] intact = Files.readAllBytes(segment);
        long lastFrame = frameOffsets(segment).get(RECORDS - 1);

        for (long cut = lastFrame; cut < intact.length; cut++) {
            Files.write(segment, intact);
            truncate(segment, cut);

            assertThat(readAll(JournalCursor.readDirectory(directory, 1))).as("offline read, cut at %d", cut)
                    .hasSize(RECORDS - 1);
            try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
                assertThat(journal.lastSequence()).as("cut at %d", cut).isEqualTo(RECORDS - 1);
                assertThat(Files.size(segment)).as("truncated to the last intact record").isEqualTo(lastFrame);
                assertThat(journal.append(record(99))).isEqualTo(RECORDS);
            }
            List<Stored> stored = readAll(JournalCursor.readDirectory(directory, 1));
            assertThat(stored).extracting(Stored::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(stored.get(RECORDS - 1).bytes()).isEqualTo(record(99));
        }
    }

    @Test
    void open_shouldCutOffZeros_whenTheFileWasExtendedPastTheLastRecord() throws IOException {
        writeRecords(JournalConfig.defaults(directory), RECORDS);
        Path segment = lastSegment(directory);
        long intactSize = Files.size(segment);
        Files.write(segment, new byte[4096], StandardOpenOption.APPEND);

        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            assertThat(journal.lastSequence()).isEqualTo(RECORDS);
            assertThat(Files.size(segment)).isEqualTo(intactSize);
        }
    }

    @Test
    void open_shouldCutOffTheLastRecord_whenItsChecksumFails() throws IOException {
        writeRecords(JournalConfig.defaults(directory), RECORDS);
        Path segment = lastSegment(directory);
        JournalFixtures.flipByte(segment, Files.size(segment) - 1);

        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            assertThat(journal.lastSequence()).isEqualTo(RECORDS - 1);
        }
    }

    @Test
    void open_shouldRecreateTheLastSegment_whenItsCreationWasInterruptedAtEveryHeaderByte() throws IOException {
        JournalConfig config = small(directory, 256);
        writeRecords(config, 20);
        List<Path> before = segments(directory);
        assertThat(before).hasSizeGreaterThan(2);
        Path last = before.get(before.size() - 1);
        long firstOfLast = SegmentFile.list(directory).get(before.size() - 1).firstSequence();
        byte[] intact = Files.readAllBytes(last);

        for (int cut = 0; cut <= SegmentFile.HEADER_BYTES; cut++) {
            Files.write(last, java.util.Arrays.copyOf(intact, cut));

            try (Journal journal = Journal.open(config)) {
                assertThat(journal.lastSequence()).as("cut at %d", cut).isEqualTo(firstOfLast - 1);
                assertThat(journal.append(record(7))).isEqualTo(firstOfLast);
            }
            assertThat(readAll(JournalCursor.readDirectory(directory, 1))).extracting(Stored::sequence)
                    .hasSize((int) firstOfLast).doesNotHaveDuplicates().isSorted();
        }
    }


    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
