package io.usdtcustody.matching.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A quick manual measurement, not a test and not the benchmark harness: one thread appends fixed-size
 * records, after a warm-up round, in one of two ways.
 * <ul>
 *   <li>{@code flat-out}: as fast as the journal takes them (waiting briefly when the buffer is full) until
 *       all are durable; prints records/s, MB/s and the average group-commit batch.</li>
 *   <li>{@code paced}: at a steady rate; prints percentiles of the time from append to the durable report,
 *       the delay an acknowledgement waits for.</li>
 * </ul>
 * Arguments: {@code flat-out|paced durability records recordBytes [ratePerSecond]}.
 */
public final class JournalAppendThroughput {
    private JournalAppendThroughput() {
    }

    public static void main(String[] args) throws Exception {
        boolean paced = args[0].equals("paced");
        Durability durability = Durability.valueOf(args[1]);
        int records = Integer.parseInt(args[2]);
        int recordBytes = Integer.parseInt(args[3]);
        long intervalNanos = paced ? TimeUnit.SECONDS.toNanos(1) / Long.parseLong(args[4]) : 0;
        Path directory = Files.createTempDirectory("journal-throughput");
        try {
            for (String round : new String[] {"warm-up", "measured"}) {
                JournalConfig config = JournalConfig.defaults(directory.resolve(round)).withDurability(durability);
                String result = paced ? paced(config, records, recordBytes, intervalNanos) : flatOut(config, records, recordBytes);
                System.out.printf("%s %s %s, %,d records of %d bytes: %s%n", round, args[0], durability, records,
                        recordBytes, result);
            }
        } finally {
            delete(directory);
        }
    }

    private static String flatOut(JournalConfig config, int records, int recordBytes) throws InterruptedException {
        AtomicLong batches = new AtomicLong();
        long started = System.nanoTime();
        try (Journal journal = Journal.open(config, durable -> batches.incrementAndGet())) {
            ByteBuffer record = ByteBuffer.allocate(recordBytes);
            long full = 0;
            for (int n = 0; n < records; n++) {
                record.putLong(0, n);
                long sequence = journal.append(record);
                while (sequence == RecordSink.REJECTED_FULL) {
                    full++;
                    sequence = journal.append(record, TimeUnit.SECONDS.toNanos(5));
                }
            }
            awaitAll(journal, records);
            double seconds = (System.nanoTime() - started) / 1e9;
            return String.format("%.2f s = %,.0f appends/s durable, %.0f MB/s; %,d batches (%,.0f records each);"
                            + " buffer full %,d times", seconds, records / seconds,
                    records * (double) (recordBytes + RecordFrame.HEADER_BYTES) / seconds / 1e6,
                    batches.get(), records / (double) batches.get(), full);
        }
    }

    private static String paced(JournalConfig config, int records, int recordBytes, long intervalNanos)
            throws InterruptedException {
        long[] appendedAt = new long[records + 1];
        long[] latencies = new long[records + 1];
        AtomicLong reported = new AtomicLong();
        DurabilityListener listener = durable -> {
            long now = System.nanoTime();
            for (long sequence = reported.get() + 1; sequence <= durable; sequence++) {
                latencies[(int) sequence] = now - appendedAt[(int) sequence];
            }
            reported.set(durable);
        };
        try (Journal journal = Journal.open(config, listener)) {
            ByteBuffer record = ByteBuffer.allocate(recordBytes);
            long next = System.nanoTime();
            for (int n = 1; n <= records; n++) {
                next += intervalNanos;
                while (System.nanoTime() < next) {
                    Thread.onSpinWait();
                }
                record.putLong(0, n);
                appendedAt[n] = System.nanoTime(); // written before the append publishes the record
                if (journal.append(record) != n) {
                    throw new IllegalStateException("record " + n + " was refused");
                }
            }
            awaitAll(journal, records);
        }
        long[] sorted = Arrays.copyOfRange(latencies, 1, records + 1);
        Arrays.sort(sorted);
        return String.format("append to durable p50 %,d us, p99 %,d us, p99.9 %,d us, max %,d us",
                micros(sorted, 0.50), micros(sorted, 0.99), micros(sorted, 0.999), sorted[records - 1] / 1000);
    }

    private static long micros(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1000;
    }

    private static void awaitAll(Journal journal, long records) throws InterruptedException {
        if (!journal.awaitDurable(records, TimeUnit.MINUTES.toNanos(5))) {
            throw new IllegalStateException("not durable in time");
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
