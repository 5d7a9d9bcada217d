package io.usdtcustody.matching.api.depth;

import io.usdtcustody.matching.api.depth.DepthLevels.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in a book's depth between two readings, level by level: a level whose quantity or order count
 * changed, or that appeared, carries its new values; a level that is gone carries quantity 0 and no orders.
 * {@code sequence} numbers the symbol's depth: each update is one more than the last, so a client that sees a
 * gap has missed one and takes a new snapshot. A snapshot carries every level.
 */
public record DepthUpdate(int symbolId, boolean snapshot, long sequence, List<Level> bids, List<Level> asks) {
    public DepthUpdate {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    /** The whole depth as of {@code sequence}. */
    public static DepthUpdate snapshot(int symbolId, long sequence, DepthLevels levels) {
        return new DepthUpdate(symbolId, true, sequence, levels.bids(), levels.asks());
    }

    /** The changes from {@code before} to {@code after}, best price first; empty lists when nothing changed. */
    public static DepthUpdate between(int symbolId, long sequence, DepthLevels before, DepthLevels after) {
        Comparator<Level> highestFirst = Comparator.comparingLong(Level::price).reversed();
        return new DepthUpdate(symbolId, false, sequence, changes(before.bids(), after.bids(), highestFirst),
                changes(before.asks(), after.asks(), Comparator.comparingLong(Level::price)));
    }

    /** True when no level changed. */
    public boolean isEmpty() {
        return bids.isEmpty() && asks.isEmpty();
    }

    private static List<Level> changes(List<Level> before, List<Level> after, Comparator<Level> bestFirst) {
        Map<Long, Level> gone = new HashMap<>();
        before.forEach(level -> gone.put(level.price(), level));
        List<Level> changed = new ArrayList<>();
        for (Level level : after) {
            Level old = gone.remove(level.price());
            if (!level.equals(old)) {
                changed.add(level);
            }
        }
        gone.values().forEach(level -> changed.add(new Level(level.price(), 0, 0)));
        changed.sort(bestFirst);
        return changed;
    }
}
