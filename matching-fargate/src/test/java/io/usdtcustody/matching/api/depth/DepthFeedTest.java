package io.usdtcustody.matching.api.depth;

import static io.usdtcustody.matching.api.depth.BookFixture.SYMBOL;
import static io.usdtcustody.matching.api.depth.BookFixture.engineWith;
import static io.usdtcustody.matching.api.depth.BookFixture.execute;
import static io.usdtcustody.matching.api.depth.BookFixture.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.matching.api.depth.DepthLevels.Level;
import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.CommandRefusedException;
import io.usdtcustody.matching.core.OutcomeEvent;
import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

/** The depth feed over a real engine's book (read directly here, as the sequencer would read it). */
class DepthFeedTest {
    private final MatchingEngine engine = engineWith(order(Side.BUY, 100, 2));
    private final DepthFeed feed = new DepthFeed(symbolId -> {
        synchronized (engine) {
            return CompletableFuture.completedFuture(DepthLevels.of(engine.book(symbolId), DepthFeed.LEVELS));
        }
    }, Duration.ZERO);

    @Test
    void subscribe_shouldStartWithASnapshot_thenSendNumberedChanges_whenAnOutcomeTouchesTheSymbol() throws Exception {
        BlockingQueue<DepthUpdate> received = new LinkedBlockingQueue<>();
        feed.subscribe(SYMBOL).subscribe(received::add);
        DepthUpdate snapshot = received.poll(5, TimeUnit.SECONDS);

        synchronized (engine) {
            execute(engine, order(Side.SELL, 105, 3));
        }
        feed.onDurable(new CommandOutcome(7, 0, 9, ResultCode.SUCCESS,
                List.of(new OutcomeEvent.Accepted(SYMBOL, 9, BookFixture.ACCOUNT))));
        DepthUpdate update = received.poll(5, TimeUnit.SECONDS);

        assertThat(snapshot.snapshot()).isTrue();
        assertThat(snapshot.bids()).containsExactly(new Level(100, 2, 1));
        assertThat(update).isNotNull();
        assertThat(update.snapshot()).isFalse();
        assertThat(update.sequence()).isEqualTo(snapshot.sequence() + 1);
        assertThat(update.bids()).isEmpty();
        assertThat(update.asks()).containsExactly(new Level(105, 3, 1));
        assertThat(feed.current(SYMBOL).sequence()).as("a reading with no change keeps the number")
                .isEqualTo(update.sequence());
        feed.close();
    }

    @Test
    void subscribe_shouldDropTheSubscriber_whenItFallsMoreThanItsBufferBehind() throws Exception {
        AtomicReference<Throwable> ended = new AtomicReference<>();
        BaseSubscriber<DepthUpdate> stalled = new BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(Subscription subscription) {
                // requests nothing: a client that stopped reading
            }

            @Override
            protected void hookOnError(Throwable error) {
                ended.set(error);
            }
        };
        feed.subscribe(SYMBOL).subscribe(stalled);

        for (int i = 0; i <= DepthFeed.SUBSCRIBER_BUFFER; i++) {
            synchronized (engine) {
                execute(engine, order(Side.BUY, 90 - (i % 50), 1));
            }
            feed.current(SYMBOL); // one reading, one update, each time
        }

        assertThat(feed.subscribers(SYMBOL)).as("the stalled subscriber is no longer fed").isZero();
        stalled.request(Long.MAX_VALUE);
        assertThat(ended.get()).as("its stream ends with an error once drained").isNotNull();
        feed.close();
    }

    @Test
    void current_shouldAnswer503Problem_whenTheSequencerDoesNotTakeTheRead() {
        DepthFeed refused = new DepthFeed(symbolId -> CompletableFuture.failedFuture(
                new CommandRefusedException(CommandRefusedException.Reason.BUSY)), Duration.ZERO);

        assertThatThrownBy(() -> refused.current(SYMBOL)).isInstanceOf(PlatformException.class)
                .extracting(e -> ((PlatformException) e).errorCode()).isEqualTo(ErrorCode.UNAVAILABLE);
        refused.close();
        feed.close();
    }
}
