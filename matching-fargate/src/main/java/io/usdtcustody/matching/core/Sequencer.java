package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.command.CommandCodec;
import io.usdtcustody.matching.journal.Journal;
import io.usdtcustody.matching.journal.RecordSink;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one thread that touches the engine. It takes requests from a bounded queue, stamps each command with the
 * injected clock's time (read once per drained batch) and, for a PLACE without one, the next order id (one above the
 * highest the engine has accepted); appends
 * the encoded command to the journal; applies those same bytes to the engine; and hands the outcome to the
 * {@link Acknowledger}, which releases it once the journal says it is durable. Reads run here too, between
 * commands, so they see a consistent engine (including commands not yet durable). It never takes snapshots: the
 * {@link JournalFollower} does, on its own copy of the engine, so matching never pauses for one.
 */
final class Sequencer {
    private static final int MAX_DRAIN = 256;

    private sealed interface Request {
    }

    private record Submit(Command command, CompletableFuture<CommandOutcome> caller) implements Request {
    }

    private record Read<T>(Function<MatchingEngine, T> query, CompletableFuture<T> caller) implements Request {
    }

    private final CoreConfig config;
    private final Clock clock;
    private final Journal journal;
    private final JournaledEngine machine;
    private final Acknowledger acknowledger;
    private final BlockingQueue<Request> inbound;
    private final ByteBuffer record = ByteBuffer.allocate(CommandCodec.MAX_NAME_BYTES + 256);
    private final OutcomeRecorder recorder = new OutcomeRecorder();
    private final Thread thread;
    private volatile boolean running = true;

    Sequencer(CoreConfig config, Clock clock, Journal journal, JournaledEngine machine, Acknowledger acknowledger) {
        this.config = config;
        this.clock = clock;
        this.journal = journal;
        this.machine = machine;
        this.acknowledger = acknowledger;
        this.inbound = new ArrayBlockingQueue<>(config.queueCapacity());
        this.thread = new Thread(this::run, "matching-sequencer");
    }

    void start() {
        thread.start();
    }

    /** Queues a copy of {@code command}; the future completes once it is durable, or fails if it was not taken. */
    CompletableFuture<CommandOutcome> submit(Command command) {
        CompletableFuture<CommandOutcome> caller = new CompletableFuture<>();
        offer(new Submit(new Command().copyFrom(command), caller), caller);
        return caller;
    }

    /** Runs {@code query} against the engine on the sequencer thread; it must only read. */
    <T> CompletableFuture<T> read(Function<MatchingEngine, T> query) {
        CompletableFuture<T> caller = new CompletableFuture<>();
        offer(new Read<>(query, caller), caller);
        return caller;
    }

    private void offer(Request request, CompletableFuture<?> caller) {
        if (!running) {
            caller.completeExceptionally(new CommandRefusedException(CommandRefusedException.Reason.STOPPED));
        } else if (!inbound.offer(request)) {
            caller.completeExceptionally(new CommandRefusedException(CommandRefusedException.Reason.BUSY));
        }
    }

    /** Stops taking requests, finishes those queued, and returns once the thread has ended. */
    void stop() throws InterruptedException {
        running = false;
        thread.join();
    }

    private void run() {
        try {
            while (running || !inbound.isEmpty()) {
                Request first = inbound.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                long now = nanosOf(clock.instant());
                handle(first, now);
                for (int i = 1; i < MAX_DRAIN; i++) {
                    Request next = inbound.poll();
                    if (next == null) {
                        break;
                    }
                    handle(next, now);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Request left = inbound.poll(); left != null; left = inbound.poll()) {
            refuse(left, CommandRefusedException.Reason.STOPPED);
        }
    }

    private void handle(Request request, long now) {
        if (request instanceof Submit submit) {
            execute(submit, now);
        } else if (request instanceof Read<?> read) {
            answer(read);
        }
    }

    private <T> void answer(Read<T> read) {
        try {
            read.caller().complete(read.query().apply(machine.engine()));
        } catch (RuntimeException e) {
            read.caller().completeExceptionally(e);
        }
    }

    private void execute(Submit submit, long now) {
        Command command = submit.command();
        command.timestampNanos = now;
        if (command.type == CommandType.PLACE && command.orderId == 0) {
            command.orderId = machine.engine().lastOrderId() + 1;
        }
        record.clear();
        if (CommandCodec.encode(command, record) < 0) {
            refuse(submit, CommandRefusedException.Reason.TOO_LARGE);
            return;
        }
        record.flip();
        long sequence = journal.append(record, config.appendWait().toNanos());
        if (!RecordSink.accepted(sequence)) {
            refuse(submit, CommandRefusedException.Reason.JOURNAL_UNAVAILABLE);
            return;
        }
        ResultCode code = machine.apply(record, recorder);
        acknowledger.hold(new CommandOutcome(sequence, now, command.orderId, code, recorder.take()), submit.caller());
    }

    private static void refuse(Request request, CommandRefusedException.Reason reason) {
        CompletableFuture<?> caller = request instanceof Submit s ? s.caller() : ((Read<?>) request).caller();
        caller.completeExceptionally(new CommandRefusedException(reason));
    }

    private static long nanosOf(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
