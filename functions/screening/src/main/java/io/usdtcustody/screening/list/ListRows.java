package io.usdtcustody.screening.list;

import io.usdtcustody.screening.image.ImageReader;
import io.usdtcustody.screening.image.ImageWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each entry of a parsed list comes from: the character range of its {@code sdn.csv} row (none for an
 * entry known only from {@code alt.csv}) and of each {@code alt.csv} row that adds a name, in list order. A
 * prebuilt screen image carries this instead of a copy of the entries, so an entry is parsed from the shipped
 * files, by {@link OfacCsvLists#entryFromRows}, only when a screen needs it. Immutable.
 */
public final class ListRows {
    private final int[] sdnStart;
    private final int[] sdnEnd;
    /** Entry e's alias rows are {@code altRanges[altFirst[e]..altFirst[e+1])}, each a start and an end. */
    private final int[] altFirst;
    private final int[] altRanges;

    private ListRows(int[] sdnStart, int[] sdnEnd, int[] altFirst, int[] altRanges) {
        this.sdnStart = sdnStart;
        this.sdnEnd = sdnEnd;
        this.altFirst = altFirst;
        this.altRanges = altRanges;
    }

    public int size() {
        return sdnStart.length;
    }

    /** Entry {@code e}'s row of {@code sdnText}, or null when it has none. */
    String sdnRow(int e, String sdnText) {
        return sdnStart[e] < 0 ? null : sdnText.substring(sdnStart[e], sdnEnd[e]);
    }

    int altRowCount(int e) {
        return altFirst[e + 1] - altFirst[e];
    }

    String altRow(int e, int r, String altText) {
        int at = 2 * (altFirst[e] + r);
        return altText.substring(altRanges[at], altRanges[at + 1]);
    }

    public void writeTo(ImageWriter out) {
        out.writeVarint(size());
        int previousEnd = 0;
        for (int e = 0; e < size(); e++) {
            out.writeVarint(sdnStart[e] < 0 ? 0 : 1 + sdnStart[e] - previousEnd);
            if (sdnStart[e] >= 0) {
                out.writeVarint(sdnEnd[e] - sdnStart[e]);
                previousEnd = sdnEnd[e];
            }
            out.writeVarint(altRowCount(e));
            for (int r = altFirst[e]; r < altFirst[e + 1]; r++) {
                out.writeVarint(altRanges[2 * r]);
                out.writeVarint(altRanges[2 * r + 1] - altRanges[2 * r]);
            }
        }
    }

    public static ListRows readFrom(ImageReader in) {
        int size = in.readVarint();
        int[] sdnStart = new int[size];
        int[] sdnEnd = new int[size];
        int[] altFirst = new int[size + 1];
        int[] alt = new int[size * 4];
        int altCount = 0;
        int previousEnd = 0;
        for (int e = 0; e < size; e++) {
            int gap = in.readVarint();
            if (gap == 0) {
                sdnStart[e] = -1;
                sdnEnd[e] = -1;
            } else {
                sdnStart[e] = previousEnd + gap - 1;
                sdnEnd[e] = sdnStart[e] + in.readVarint();
                previousEnd = sdnEnd[e];
            }
            int rows = in.readVarint();
            if (2 * (altCount + rows) > alt.length) {
                alt = Arrays.copyOf(alt, Math.max(alt.length * 2, 2 * (altCount + rows)));
            }
            for (int r = 0; r < rows; r++) {
                int start = in.readVarint();
                alt[2 * altCount] = start;
                alt[2 * altCount + 1] = start + in.readVarint();
                altCount++;
            }
            altFirst[e + 1] = altCount;
        }
        return new ListRows(sdnStart, sdnEnd, altFirst, Arrays.copyOf(alt, 2 * altCount));
    }

    /** Collects the rows entry by entry, in list order. */
    static final class Builder {
        private final List<long[]> sdn = new ArrayList<>();
        private final List<List<long[]>> alt = new ArrayList<>();

        /** The next entry: its {@code sdn.csv} row (null when none) and its alias rows. */
        void add(long[] sdnRange, List<long[]> altRanges) {
            sdn.add(sdnRange);
            alt.add(altRanges);
        }

        ListRows build() {
            int size = sdn.size();
            int[] sdnStart = new int[size];
            int[] sdnEnd = new int[size];
            int[] altFirst = new int[size + 1];
            List<long[]> allAlt = new ArrayList<>();
            for (int e = 0; e < size; e++) {
                long[] range = sdn.get(e);
                sdnStart[e] = range == null ? -1 : Math.toIntExact(range[0]);
                sdnEnd[e] = range == null ? -1 : Math.toIntExact(range[1]);
                allAlt.addAll(alt.get(e));
                altFirst[e + 1] = allAlt.size();
            }
            int[] altRanges = new int[2 * allAlt.size()];
            for (int r = 0; r < allAlt.size(); r++) {
                altRanges[2 * r] = Math.toIntExact(allAlt.get(r)[0]);
                altRanges[2 * r + 1] = Math.toIntExact(allAlt.get(r)[1]);
            }
            return new ListRows(sdnStart, sdnEnd, altFirst, altRanges);
        }
    }
}
