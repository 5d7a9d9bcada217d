package io.usdtcustody.matching.replay;

import io.usdtcustody.matching.engine.MatchingEngine;
import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.api.SelfTradePrevention;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code ./platform replay}: reads NDJSON commands on stdin and writes NDJSON events on stdout through the
 * matching engine, deterministically and without any cloud. Operators rebuild and audit books with it; tests
 * check the engine with it. A line that is not a valid command gets a {@code rejected} event (and, when it is
 * not JSON at all, a note on stderr) and the stream goes on. Exit status: 0 after the last line, 2 for bad
 * arguments, 1 when stdout cannot be written.
 *
 * <p>Options: {@code --all-events} (also accepted, amended, transfers, closing balances and the state hash),
 * {@code --book=fast|reference} (the reference book audits the fast one), {@code
 * --self-trade=cancel-incoming|cancel-resting|cancel-both}, {@code --max-orders-per-second=N} (per account, by
 * the lines' {@code "time"}).
 */
public final class ReplayMain {
    private static final String USAGE = "usage: replay [--all-events] [--book=fast|reference] "
            + "[--self-trade=cancel-incoming|cancel-resting|cancel-both] [--max-orders-per-second=N] "
            + "< commands.ndjson > events.ndjson";

    private ReplayMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the replay over {@code in}; returns the exit status. */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        boolean allEvents = false;
        OrderBookFactory books = OrderBookFactory.FAST;
        EngineConfig config = EngineConfig.DEFAULT;
        try {
            for (String arg : args) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
                if (arg.equals("--all-events")) {
                    allEvents = true;
                } else if (arg.equals("--book=fast")) {
                    books = OrderBookFactory.FAST;
                } else if (arg.equals("--book=reference")) {
                    books = OrderBookFactory.REFERENCE;
                } else if (arg.startsWith("--self-trade=")) {
                    config = config.withSelfTradePrevention(
                            SelfTradePrevention.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_')));
                } else if (arg.startsWith("--max-orders-per-second=")) {
                    config = config.withMaxOrdersPerSecondPerAccount(Integer.parseInt(value));
                } else if (arg.equals("--help") || arg.equals("-h")) {
                    err.println(USAGE);
                    return 0;
                } else {
                    throw new IllegalArgumentException(arg);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("error: unknown or bad option '" + e.getMessage() + "'");
            err.println(USAGE);
            return 2;
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            replay(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), writer, err,
                    new MatchingEngine(config, books), allEvents);
            writer.flush();
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot read stdin or write stdout: " + e.getMessage());
            return 1;
        }
    }

    private static void replay(BufferedReader in, Writer out, PrintStream err, MatchingEngine engine,
            boolean allEvents) throws IOException {
        ReplayNames names = new ReplayNames();
        NdjsonEventWriter events = new NdjsonEventWriter(out, engine, names, allEvents);
        ReplaySession session = new ReplaySession(engine, events, names);
        ReplayLineParser parser = new ReplayLineParser();
        long lineNumber = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank()) {
                ReplayLineParser.Parsed parsed = parser.parse(line);
                if (parsed.line() instanceof ReplayLine.Invalid invalid && invalid.reason().equals("INVALID_JSON")) {
                    err.println("replay: line " + lineNumber + " is not a JSON object; rejected");
                }
                session.run(parsed);
            }
            if (!in.ready()) {
                out.flush(); // about to wait for input: let whoever is reading see the events so far
            }
        }
        events.finish(lineNumber);
    }
}
