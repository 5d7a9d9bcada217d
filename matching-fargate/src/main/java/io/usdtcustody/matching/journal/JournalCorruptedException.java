package io.usdtcustody.matching.journal;

import io.usdtcustody.model.errors.ErrorCode;
import java.nio.file.Path;

/**
 * Stored journal bytes that fail their checks somewhere a torn write cannot explain: a bad checksum or
 * length with a valid record after it, a record out of sequence, a gap between segments, a damaged segment
 * header. The journal never skips such a record (that would silently drop or reorder commands); it stops
 * and names the segment file and byte offset so that an operator can look.
 */
public final class JournalCorruptedException extends JournalException {
    private static final long serialVersionUID = 1L;

    private final String segment;
    private final long offset;

    JournalCorruptedException(Path segment, long offset, String reason) {
        super(ErrorCode.INTERNAL, "journal segment " + segment.getFileName() + " is corrupt at offset " + offset
                + ": " + reason, null);
        this.segment = segment.getFileName().toString();
        this.offset = offset;
    }

    /** The file name of the segment, e.g. {@code journal-00000000000000000001.seg}. */
    public String segment() {
        return segment;
    }

    /** The byte offset in the segment file of the first byte that does not check out. */
    public long offset() {
        return offset;
    }
}
