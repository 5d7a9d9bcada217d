package io.usdtcustody.screening.cli;

import io.usdtcustody.screening.csv.CsvFormatException;
import io.usdtcustody.screening.list.SanctionsListException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code ./platform screen …}: the sanctions screening command line, working offline against the OFAC lists
 * shipped in this module.
 * <pre>
 *   screen names                 CSV on stdin (name1,name2[,schema]) → CSV on stdout (score,decision)
 *   screen name "&lt;name&gt;" [--schema Person|Company|Organization] [--dob YYYY-MM-DD] [--limit N]
 *   screen address &lt;address&gt;
 * </pre>
 * Bad input prints one {@code error: …} line on stderr and exits 2, with nothing on stdout; the input itself
 * (customer names) is never echoed in an error.
 */
public final class ScreenMain {
    static final int OK = 0;
    static final int USAGE = 2;
    static final String HELP = """
            usage: screen names                     < pairs.csv   (header name1,name2[,schema]) -> score,decision
                   screen name "<name>" [--schema Person|Company|Organization] [--dob YYYY-MM-DD] [--limit N]
                   screen address <address>""";

    private ScreenMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, new PrintStream(System.out, false, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs one command; returns the exit code. {@code out} receives output only when the command succeeds. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            (args.length == 0 ? err : out).println(HELP);
            out.flush();
            return args.length == 0 ? USAGE : OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            String output = switch (args[0]) {
                case "names" -> NamesCommand.run(rest, in);
                case "name" -> NameCommand.run(rest);
                case "address" -> AddressCommand.run(rest);
                default -> throw new UsageException("unknown command '" + args[0] + "' (names, name or address)");
            };
            out.print(output);
            out.flush();
            return OK;
        } catch (UsageException | CsvFormatException | SanctionsListException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            err.println("error: screening failed (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
    }
}
