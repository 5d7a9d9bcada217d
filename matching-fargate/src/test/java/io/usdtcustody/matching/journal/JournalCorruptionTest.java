package io.usdtcustody.matching.journal;

import static io.usdtcustody.matching.journal.JournalFixtures.flipByte;
import static io.usdtcustody.matching.journal.JournalFixtures.frameOffsets;
import static io.usdtcustody.matching.journal.JournalFixtures.lastSegment;
import static io.usdtcustody.matching.journal.JournalFixtures.readAll;
import static io.usdtcustody.matching.journal.JournalFixtures.record;
import static io.usdtcustody.matching.journal.JournalFixtures.segments;
import static io.usdtcustody.matching.journal.JournalFixtures.writeRecords;
import static io.usdtcustody.matching.journal.JournalFixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.errors.ErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage that a torn write cannot explain stops the journal with the segment and offset, never a skip. */
class JournalCorruptionTest {
    @TempDir
    Path directory;

    @Test
    void open_shouldFailNamingSegmentAndOffset_whenARecordInTheMiddleOfTheLastSegmentIsDamaged() {
        writeRecords(JournalConfig.defaults(directory), 10);
        Path segment = lastSegment(directory);
        long third = frameOffsets(segment).get(2);
        flipByte(segment, third + RecordFrame.HEADER_BYTES + 3);

        assertCorruptAt(() -> Journal.open(JournalConfig.defaults(directory)), segment, third);
        assertCorruptAt(() -> readAll(JournalCursor.readDirectory(directory, 1)), segment, third);
    }

    @Test
    void open_shouldFailNamingSegmentAndOffset_whenALengthInTheMiddleIsDamaged() {
        writeRecords(JournalConfig.defaults(directory), 10);
        Path segment = lastSegment(directory);
        long fifth = frameOffsets(segment).get(4);
        flipByte(segment, fifth + RecordFrame.LENGTH_OFFSET + 3);

        assertCorruptAt(() -> Journal.open(JournalConfig.defaults(directory)), segment, fifth);
    }

    @Test
    void read_shouldFailNamingSegmentAndOffset_whenTheLastRecordOfAnOlderSegmentIsDamaged() {
        JournalConfig config = small(directory, 512);
        writeRecords(config, 40);
        Path older = segments(directory).get(1);
        List<Long> frames = frameOffsets(older);
        long lastFrameOfOlder = frames.get(frames.size() - 1);
        flipByte(older, lastFrameOfOlder + RecordFrame.SEQUENCE_OFFSET);

        try (Journal journal = Journal.open(config)) { // only the last segment is checked on open
            assertCorruptAt(() -> readAll(journal.read(1)), older, lastFrameOfOlder);
        }
    }

    @Test
    void read_shouldFailNamingTheSegmentBeforeTheGap_whenASegmentIsMissing() throws IOException {
        JournalConfig config = small(directory, 512);
        writeRecords(config, 40);
        List<Path> all = segments(directory);
        Files.delete(all.get(2));

        assertCorruptAt(() -> readAll(JournalCursor.readDirectory(directory, 1)), all.get(1), Files.size(all.get(1)));
    }

    @Test
    void read_shouldFail_whenASegmentHeaderIsDamaged() {
        JournalConfig config = small(directory, 512);
        writeRecords(config, 40);
        Path first = segments(directory).get(0);
        flipByte(first, 13);

        assertCorruptAt(() -> readAll(JournalCursor.readDirectory(directory, 1)), first, 0);
    }

    @Test
    void read_shouldFail_whenARecordCarriesTheWrongSequenceWithAValidChecksum() throws IOException {
        writeRecords(JournalConfig.defaults(directory), 5);
        Path segment = lastSegment(directory);
        long second = frameOffsets(segment).get(1);
        rewriteSequence(segment, second, 7);

        assertThatThrownBy(() -> Journal.open(JournalConfig.defaults(directory)))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
                    assertThat(e.offset()).isEqualTo(second);
                    assertThat(e.getMessage()).contains("sequence 7 where 2 was expected");
                });
    }

    @Test
    void open_shouldFail_whenTheLastRecordCarriesTheWrongSequenceWithAValidChecksum() throws IOException {
        writeRecords(JournalConfig.defaults(directory), 5);
        Path segment = lastSegment(directory);
        long last = frameOffsets(segment).get(4);
        rewriteSequence(segment, last, 4);

        assertCorruptAt(() -> Journal.open(JournalConfig.defaults(directory)), segment, last);
    }

    private static void assertCorruptAt(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Path segment, long offset) {
        assertThatThrownBy(call).isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
            assertThat(e.segment()).isEqualTo(segment.getFileName().toString());
            assertThat(e.offset()).isEqualTo(offset);
            assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL);
            assertThat(e.getMessage()).contains(segment.getFileName().toString(), "offset " + offset);
        });
    }

    /** Gives the frame at {@code offset} another sequence and a checksum that matches it: a misplaced record. */
    private static void rewriteSequence(Path segment, long offset, long sequence) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(segment));
        int at = (int) offset;
        bytes.putLong(at + RecordFrame.SEQUENCE_OFFSET, sequence);
        int length = bytes.getInt(at);
        bytes.putInt(at + RecordFrame.CHECKSUM_OFFSET,
                RecordFrame.checksum(new java.util.zip.CRC32C(), bytes.duplicate(), at, length));
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.write(bytes.clear());
        }
    }
}
