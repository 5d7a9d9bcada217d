package io.usdtcustody.custody.deposit;

import io.usdtcustody.model.errors.PlatformException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link DepositWatcher} on one daemon thread: a poll every {@code interval} (fixed delay, so polls never
 * overlap), more polls right away while there is a backlog, and a failed poll logged and retried next time —
 * the cursor has not moved, and re-booking is harmless. Logged failures carry our own messages only.
 */
public final class DepositWatcherRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DepositWatcherRunner.class);
    /** Bounds one tick's catch-up so that close() is never kept waiting for long. */
    private static final int MAX_POLLS_PER_TICK = 20;

    private final DepositWatcher watcher;
    private final Duration interval;
    private final ScheduledExecutorService executor;

    public DepositWatcherRunner(DepositWatcher watcher, Duration interval) {
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive");
        }
        this.interval = interval;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "deposit-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One scheduled round; never throws, so the schedule keeps running. */
    void tick() {
        try {
            for (int poll = 0; poll < MAX_POLLS_PER_TICK && !Thread.currentThread().isInterrupted(); poll++) {
                PollResult result = watcher.pollOnce();
                if (result.credited() + result.quarantined() + result.held() > 0) {
                    LOG.info("deposits booked: {} credited, {} quarantined, {} held, cursor at {}", result.credited(),
                            result.quarantined(), result.held(), result.cursor().map(DepositCursor::blockNumber).orElse(-1L));
                }
                if (result.caughtUp()) {
                    return;
                }
            }
        } catch (ChainReorganizedException e) {
            LOG.error("deposit watcher halted: {}", e.getMessage());
        } catch (ChainUnavailableException | PlatformException e) {
            LOG.warn("deposit poll failed, retrying in {} ms: {}", interval.toMillis(), e.getMessage());
        } catch (RuntimeException e) {
            // other messages (SDK, transport) are not ours to vouch for: the type is enough to start looking
            LOG.warn("deposit poll failed, retrying in {} ms: {}", interval.toMillis(), e.getClass().getName());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("deposit watcher did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
