package io.usdtcustody.matching.journal;

/**
 * What "durable" means when the journal reports a sequence as durable, and so what an acknowledgement
 * given on that report survives.
 *
 * <p>Both modes survive a crash of the process ({@code kill -9}, an OOM kill, a JVM crash): the bytes were
 * handed to the kernel with {@code write(2)} before they were reported, and the page cache outlives the
 * process. Only {@link #FSYNC_PER_BATCH} also survives a crash of the machine or a power loss.
 */
public enum Durability {
    /**
     * The default. Each group-commit batch is written and then forced to the device with
     * {@code FileChannel.force(false)} ({@code fdatasync(2)} on Linux: the data and the file size, which is
     * the metadata needed to read the data back) before its sequences are reported. New segment files and
     * the directory entry that names them are forced before any record in them is reported.
     */
    FSYNC_PER_BATCH,
    /**
     * Records are reported as soon as they are written to the OS page cache; nothing is forced. A machine
     * crash or power loss can lose any suffix of what was reported (and, since the kernel writes pages back
     * in no particular order, can leave holes that recovery then reports as corruption). For benchmarks and
     * for tests that only kill processes; never for acknowledging orders in production.
     */
    OS_PAGE_CACHE
}
