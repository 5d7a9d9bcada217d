package io.usdtcustody.matching.journal;

import static io.usdtcustody.matching.journal.JournalFixtures.appendWaiting;
import static io.usdtcustody.matching.journal.JournalFixtures.readAll;
import static io.usdtcustody.matching.journal.JournalFixtures.record;
import static io.usdtcustody.matching.journal.JournalFixtures.small;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.journal.JournalFixtures.Stored;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRolloverTest {
    private static final int SEGMENT_BYTES = 1024;

    @TempDir
    Path directory;

    @Test
    void append_shouldRollOverToSegmentsNamedByTheirFirstSequence_whenASegmentIsFull() throws IOException {
        try (Journal journal = Journal.open(small(directory, SEGMENT_BYTES))) {
            for (int n = 0; n < 300; n++) {
                appendWaiting(journal, record(n));
            }
        }

        List<SegmentFile> segments = SegmentFile.list(directory);
        assertThat(segments).hasSizeGreaterThan(10);
        List<Stored> stored = readAll(JournalCursor.readDirectory(directory, 1));
        assertThat(stored).hasSize(300);
        for (int i = 0; i < segments.size(); i++) {
            SegmentFile segment = segments.get(i);
            assertThat(Files.size(segment.path())).isLessThanOrEqualTo(SEGMENT_BYTES);
            assertThat(segment.name()).isEqualTo(String.format("journal-%020d.seg", segment.firstSequence()));
            try (JournalCursor first = JournalCursor.open(List.of(segment), segment.firstSequence(), Long.MAX_VALUE, false)) {
                assertThat(first.next()).isTrue();
                assertThat(first.sequence()).isEqualTo(segment.firstSequence());
            }
            if (i > 0) {
                long previousFirst = segments.get(i - 1).firstSequence();
                assertThat(segment.firstSequence()).isGreaterThan(previousFirst);
            }
        }
        for (int n = 0; n < 300; n++) {
            assertThat(stored.get(n).bytes()).isEqualTo(record(n));
        }
    }

    @Test
    void read_shouldStartInTheRightSegment_whenReadingFromTheMiddle() {
        try (Journal journal = Journal.open(small(directory, SEGMENT_BYTES))) {
            for (int n = 0; n < 300; n++) {
                appendWaiting(journal, record(n));
            }
            JournalFixtures.awaitDurable(journal, 300);

            List<Stored> fromMiddle = readAll(journal.read(157));

            assertThat(fromMiddle).extracting(Stored::sequence).first().isEqualTo(157L);
            assertThat(fromMiddle).hasSize(144);
            assertThat(fromMiddle.get(0).bytes()).isEqualTo(record(156));
        }
    }

    @Test
    void open_shouldContinueInTheLastSegment_whenReopenedAfterRollovers() {
        try (Journal journal = Journal.open(small(directory, SEGMENT_BYTES))) {
            for (int n = 0; n < 100; n++) {
                appendWaiting(journal, record(n));
            }
        }
        int segmentsBefore = SegmentFile.list(directory).size();
        try (Journal journal = Journal.open(small(directory, SEGMENT_BYTES))) {
            assertThat(journal.lastSequence()).isEqualTo(100);
            for (int n = 100; n < 200; n++) {
                appendWaiting(journal, record(n));
            }
        }

        assertThat(SegmentFile.list(directory).size()).isGreaterThan(segmentsBefore);
        List<Stored> stored = readAll(JournalCursor.readDirectory(directory, 1));
        assertThat(stored).extracting(Stored::sequence).hasSize(200).isSorted().doesNotHaveDuplicates();
        assertThat(stored.get(199).bytes()).isEqualTo(record(199));
    }
}
