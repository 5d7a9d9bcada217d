package io.usdtcustody.matching.journal;

import static io.usdtcustody.matching.journal.JournalFixtures.appendWaiting;
import static io.usdtcustody.matching.journal.JournalFixtures.awaitDurable;
import static io.usdtcustody.matching.journal.JournalFixtures.readAll;
import static io.usdtcustody.matching.journal.JournalFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.matching.journal.JournalFixtures.Stored;
import io.usdtcustody.model.errors.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path directory;

    @Test
    void append_shouldAssignIncreasingSequencesFromOne_whenJournalIsNew() {
        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            assertThat(journal.append(record(0))).isEqualTo(1);
            assertThat(journal.append(ByteBuffer.wrap(record(1)))).isEqualTo(2);
            assertThat(journal.append(new byte[0])).isEqualTo(3);
            assertThat(journal.lastSequence()).isEqualTo(3);
        }
    }

    @Test
    void append_shouldWriteTheDocumentedFrame_whenRecordIsDurable() throws Exception {
        byte[] payload = "hello journal".getBytes();
        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            awaitDurable(journal, journal.append(payload));
        }

        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(directory.resolve("journal-00000000000000000001.seg")));
        assertThat(file.getLong(0)).as("magic USDTJRNL").isEqualTo(0x555344544A524E4CL);
        assertThat(file.getInt(8)).as("version").isEqualTo(1);
        assertThat(file.getLong(12)).as("first sequence").isEqualTo(1);
        int frame = SegmentFile.HEADER_BYTES;
        assertThat(file.getInt(frame)).as("length").isEqualTo(payload.length);
        assertThat(file.getLong(frame + 4)).as("sequence").isEqualTo(1);
        CRC32C crc = new CRC32C();
        crc.update(file.array(), frame, 12);
        crc.update(payload);
        assertThat(file.getInt(frame + 12)).as("CRC32C of length, sequence and payload").isEqualTo((int) crc.getValue());
        assertThat(file.array()).hasSize(frame + 16 + payload.length);
        assertThat(ByteBuffer.wrap(file.array(), frame + 16, payload.length)).isEqualTo(ByteBuffer.wrap(payload));
    }

    @Test
    void read_shouldReturnEveryRecordInOrder_whenRecordsHaveVariedSizes() {
        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            for (int n = 0; n < 500; n++) {
                appendWaiting(journal, record(n));
            }
            awaitDurable(journal, 500);

            List<Stored> stored = readAll(journal.read(1));

            assertThat(stored).hasSize(500);
            for (int n = 0; n < 500; n++) {
                assertThat(stored.get(n).sequence()).isEqualTo(n + 1);
                assertThat(stored.get(n).bytes()).isEqualTo(record(n));
            }
            assertThat(readAll(journal.read(498))).extracting(Stored::sequence).containsExactly(498L, 499L, 500L);
        }
    }

    @Test
    void append_shouldLeaveTheCallersBufferPosition_whenCopyingTheRecord() {
        ByteBuffer record = ByteBuffer.wrap("0123456789".getBytes()).position(4);
        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            awaitDurable(journal, journal.append(record));
            assertThat(record.position()).isEqualTo(4);
            assertThat(readAll(journal.read(1)).get(0).bytes()).isEqualTo("456789".getBytes());
        }
    }

    @Test
    void open_shouldContinueTheSequence_whenJournalIsReopened() {
        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            journal.append(record(0));
            journal.append(record(1));
        }
        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            assertThat(journal.lastSequence()).isEqualTo(2);
            assertThat(journal.durableSequence()).isEqualTo(2);
            assertThat(journal.append(record(2))).isEqualTo(3);
        }
        assertThat(readAll(JournalCursor.readDirectory(directory, 1))).extracting(Stored::sequence)
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void append_shouldRefuseTheRecord_whenItExceedsTheLimit() {
        try (Journal journal = Journal.open(JournalConfig.defaults(directory).withMaxRecordBytes(100))) {
            assertThatThrownBy(() -> journal.append(new byte[101]))
                    .isInstanceOfSatisfying(JournalException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
            assertThat(journal.append(new byte[100])).isEqualTo(1);
        }
    }

    @Test
    void append_shouldReturnRejectedClosed_whenJournalIsClosed() {
        Journal journal = Journal.open(JournalConfig.defaults(directory));
        journal.close();
        assertThat(journal.append(record(0))).isEqualTo(RecordSink.REJECTED_CLOSED);
    }

    @Test
    void append_shouldThrow_whenASecondThreadAppends() {
        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            journal.append(record(0));
            CompletableFuture<Long> other = CompletableFuture.supplyAsync(() -> journal.append(record(1)));
            assertThat(other).failsWithin(java.time.Duration.ofSeconds(5))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void open_shouldRefuse_whenTheDirectoryIsAlreadyOpen() {
        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            assertThatThrownBy(() -> Journal.open(JournalConfig.defaults(directory)))
                    .isInstanceOfSatisfying(JournalException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE));
            assertThat(journal.append(record(0))).isEqualTo(1);
        }
    }

    @Test
    void read_shouldReturnOnlyDurableRecords_whenCalledWhileAppending() {
        try (Journal journal = Journal.open(JournalConfig.defaults(directory))) {
            for (int n = 0; n < 2000; n++) {
                appendWaiting(journal, record(n));
                if (n % 250 == 0) {
                    long durable = journal.durableSequence();
                    List<Stored> stored = readAll(journal.read(1));
                    assertThat(stored).hasSizeGreaterThanOrEqualTo((int) durable);
                    assertThat(stored).extracting(Stored::sequence).isSorted().doesNotHaveDuplicates();
                }
            }
        }
    }
}
