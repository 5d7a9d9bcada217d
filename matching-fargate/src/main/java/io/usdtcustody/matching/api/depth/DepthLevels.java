package io.usdtcustody.matching.api.depth;

import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.book.BookView;
import java.util.ArrayList;
import java.util.List;

/**
 * A book's depth by price level, best first on each side, in the engine's units (prices in price units,
 * quantities in quantity units), cut to a number of levels per side. Read on the sequencer thread, so it is
 * the book as of one point in the command stream.
 */
public record DepthLevels(List<Level> bids, List<Level> asks) {
    public static final DepthLevels EMPTY = new DepthLevels(List.of(), List.of());

    public DepthLevels {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    /** One price level: the summed remaining quantity and the number of orders resting there. */
    public record Level(long price, long quantity, int orders) {
    }

    /** The first {@code maxLevels} levels of each side of {@code book}. */
    public static DepthLevels of(BookView book, int maxLevels) {
        LevelCollector collector = new LevelCollector(maxLevels);
        book.forEachOrder(order -> collector.add(order.side(), order.price(), order.remaining()));
        return collector.finish();
    }

    /** The first {@code maxLevels} levels of each side (a shorter view of the same depth). */
    public DepthLevels top(int maxLevels) {
        return new DepthLevels(bids.subList(0, Math.min(maxLevels, bids.size())),
                asks.subList(0, Math.min(maxLevels, asks.size())));
    }

    /** Sums orders into levels as the book visits them (bids best first, then asks best first). */
    private static final class LevelCollector {
        private final int maxLevels;
        private final List<Level> bids = new ArrayList<>();
        private final List<Level> asks = new ArrayList<>();
        private Side side;
        private long price;
        private long quantity;
        private int orders;

        LevelCollector(int maxLevels) {
            this.maxLevels = maxLevels;
        }

        void add(Side orderSide, long orderPrice, long remaining) {
            if (orders > 0 && (orderSide != side || orderPrice != price)) {
                flush();
            }
            side = orderSide;
            price = orderPrice;
            quantity += remaining;
            orders++;
        }

        DepthLevels finish() {
            flush();
            return new DepthLevels(bids, asks);
        }

        private void flush() {
            if (orders > 0) {
                List<Level> levels = side == Side.BUY ? bids : asks;
                if (levels.size() < maxLevels) {
                    levels.add(new Level(price, quantity, orders));
                }
            }
            quantity = 0;
            orders = 0;
        }
    }
}
