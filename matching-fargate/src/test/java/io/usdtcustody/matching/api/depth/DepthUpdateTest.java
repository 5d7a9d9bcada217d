package io.usdtcustody.matching.api.depth;

import static io.usdtcustody.matching.api.depth.BookFixture.SYMBOL;
import static io.usdtcustody.matching.api.depth.BookFixture.engineWith;
import static io.usdtcustody.matching.api.depth.BookFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.api.depth.DepthLevels.Level;
import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepthUpdateTest {

    @Test
    void between_shouldCarryOnlyChangedAppearedAndRemovedLevels_bestFirst_whenTheBookMoved() {
        DepthLevels before = new DepthLevels(
                List.of(new Level(100, 5, 1), new Level(99, 7, 2), new Level(98, 1, 1)),
                List.of(new Level(101, 3, 1), new Level(102, 4, 1)));
        DepthLevels after = new DepthLevels(
                List.of(new Level(100, 5, 1), new Level(99, 6, 2), new Level(97, 2, 1)),
                List.of(new Level(102, 4, 1), new Level(103, 8, 3)));

        DepthUpdate update = DepthUpdate.between(1, 8, before, after);

        assertThat(update.snapshot()).isFalse();
        assertThat(update.sequence()).isEqualTo(8);
        assertThat(update.bids()).containsExactly(new Level(99, 6, 2), new Level(98, 0, 0), new Level(97, 2, 1));
        assertThat(update.asks()).containsExactly(new Level(101, 0, 0), new Level(103, 8, 3));
    }

    @Test
    void between_shouldBeEmpty_whenNoLevelChanged() {
        DepthLevels levels = new DepthLevels(List.of(new Level(100, 5, 1)), List.of(new Level(101, 3, 1)));

        assertThat(DepthUpdate.between(1, 2, levels, levels).isEmpty()).isTrue();
    }

    @Test
    void between_shouldReportAnOrderCountChange_whenTheQuantityStaysTheSame() {
        DepthLevels one = new DepthLevels(List.of(new Level(100, 4, 1)), List.of());
        DepthLevels two = new DepthLevels(List.of(new Level(100, 4, 2)), List.of());

        assertThat(DepthUpdate.between(1, 2, one, two).bids()).containsExactly(new Level(100, 4, 2));
    }

    @Test
    void of_shouldSumOrdersIntoLevelsPerSide_andCutEachSideToTheLimit_whenReadingABook() {
        MatchingEngine engine = engineWith(order(Side.BUY, 100, 2), order(Side.BUY, 100, 3), order(Side.BUY, 99, 1),
                order(Side.BUY, 98, 1), order(Side.SELL, 101, 4), order(Side.SELL, 102, 1), order(Side.SELL, 102, 1));

        DepthLevels levels = DepthLevels.of(engine.book(SYMBOL), 2);

        assertThat(levels.bids()).containsExactly(new Level(100, 5, 2), new Level(99, 1, 1));
        assertThat(levels.asks()).containsExactly(new Level(101, 4, 1), new Level(102, 2, 2));
        assertThat(levels.top(1).asks()).containsExactly(new Level(101, 4, 1));
    }

    @Test
    void of_shouldBeEmpty_whenTheBookIsEmpty() {
        assertThat(DepthLevels.of(engineWith().book(SYMBOL), 10)).isEqualTo(DepthLevels.EMPTY);
    }
}
