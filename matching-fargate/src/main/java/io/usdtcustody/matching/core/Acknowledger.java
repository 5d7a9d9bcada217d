package io.usdtcustody.matching.core;

import io.usdtcustody.matching.journal.DurabilityListener;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds each applied command's outcome back until the journal reports its sequence durable, then completes the
 * caller's future and tells the {@link OutcomeListener}, in sequence order, on its own thread. The journal's
 * committer only records the watermark and wakes this thread ({@link DurabilityListener}s must not block), and
 * the matching thread never waits for the disk.
 */
final class Acknowledger implements DurabilityListener {
    private record Pending(CommandOutcome outcome, CompletableFuture<CommandOutcome> caller) {
    }

    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final OutcomeListener listener;
    private final Thread thread;
    private volatile long durable;
    private volatile boolean stopping;

    Acknowledger(OutcomeListener listener) {
        this.listener = listener;
        this.thread = new Thread(this::run, "matching-acknowledger");
        this.thread.setDaemon(true);
    }

    void start(long recoveredSequence) {
        durable = Math.max(durable, recoveredSequence);
        thread.start();
    }

    /** Called on the matching thread right after the command was applied; sequences arrive in order. */
    void hold(CommandOutcome outcome, CompletableFuture<CommandOutcome> caller) {
        pending.add(new Pending(outcome, caller));
        if (outcome.sequence() <= durable) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void onDurable(long durableSequence) {
        durable = durableSequence;
        LockSupport.unpark(thread);
    }

    /** Acknowledges what is durable, then stops; what never became durable is failed, not acknowledged. */
    void stop() throws InterruptedException {
        stopping = true;
        LockSupport.unpark(thread);
        thread.join(TimeUnit.SECONDS.toMillis(10));
        for (Pending left = pending.poll(); left != null; left = pending.poll()) {
            left.caller().completeExceptionally(new CommandRefusedException(CommandRefusedException.Reason.STOPPED));
        }
    }

    private void run() {
        while (true) {
            Pending head = pending.peek();
            if (head != null && head.outcome().sequence() <= durable) {
                pending.poll();
                try {
                    listener.onDurable(head.outcome());
                } catch (RuntimeException e) {
                    System.getLogger(Acknowledger.class.getName()).log(System.Logger.Level.ERROR,
                            "outcome listener failed at sequence " + head.outcome().sequence(), e);
                }
                head.caller().complete(head.outcome());
            } else if (stopping && (head == null || head.outcome().sequence() > durable)) {
                return;
            } else {
                LockSupport.parkNanos(this, 1_000_000L);
            }
        }
    }
}
