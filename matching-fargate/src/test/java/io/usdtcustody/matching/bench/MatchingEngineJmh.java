package io.usdtcustody.matching.bench;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import io.usdtcustody.matching.engine.command.CommandCodec;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH view of the same engine: {@code mixedFlow} is one command of the benchmark flow per call (the tape is
 * long enough for a whole iteration; the engine is restored to the starting book before each one),
 * {@code placeThenCancel} a resting GTC order and its cancel on a book 4,000 orders deep, {@code encodeDecode}
 * a PLACE through the journal's command codec.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MatchingEngineJmh {

    /** The mixed flow and the engine it runs on. */
    @State(Scope.Thread)
    public static class Flow {
        private static final int TAPE = 8_000_000;
        byte[] start;
        CommandTape tape;
        MatchingEngine engine;
        final Command command = new Command();
        final CountingEvents events = new CountingEvents();
        int next;

        @Setup(Level.Trial)
        public void generate() {
            MixedOrderFlow flow = new MixedOrderFlow(7, 2_000, 4_000);
            start = flow.prefill();
            tape = flow.generate(TAPE);
        }

        @Setup(Level.Iteration)
        public void restore() {
            engine = MatchingEngine.restore(start, OrderBookFactory.FAST, BenchMarket.CONFIG);
            next = 0;
        }
    }

    /** A book 4,000 orders deep that orders come to and leave. */
    @State(Scope.Thread)
    public static class DeepBook {
        MatchingEngine engine;
        final Command command = new Command();
        final CountingEvents events = new CountingEvents();
        long nextOrderId = 1L << 40;

        @Setup(Level.Trial)
        public void fill() {
            engine = MatchingEngine.restore(new MixedOrderFlow(8, 2_000, 4_000).prefill(), OrderBookFactory.FAST,
                    BenchMarket.CONFIG);
        }
    }

    /** A command and a journal record buffer. */
    @State(Scope.Thread)
    public static class Codec {
        final Command command = new Command();
        final ByteBuffer record = ByteBuffer.allocate(CommandCodec.MAX_ORDER_COMMAND_BYTES);
    }

    @Benchmark
    public long mixedFlow(Flow f) {
        if (f.next == f.tape.size()) {
            f.restore();
        }
        f.tape.load(f.next, f.command, f.next);
        f.next++;
        f.engine.execute(f.command, f.events);
        return f.events.trades;
    }

    @Benchmark
    public long placeThenCancel(DeepBook b) {
        long id = b.nextOrderId++;
        b.engine.execute(b.command.place(id, id, 1, BenchMarket.SYMBOL, Side.BUY, OrderType.LIMIT, TimeInForce.GTC,
                false, BenchMarket.MID_PRICE - 150, 10), b.events);
        b.engine.execute(b.command.cancel(id, id, 1, BenchMarket.SYMBOL), b.events);
        return b.events.cancels;
    }

    @Benchmark
    public boolean encodeDecode(Codec c) {
        c.record.clear();
        CommandCodec.encode(c.command.place(1, 2, 3, 0, Side.SELL, OrderType.LIMIT, TimeInForce.IOC, false, 5, 6),
                c.record);
        c.record.flip();
        return CommandCodec.decode(c.record, c.command) && c.command.type == CommandType.PLACE;
    }
}
