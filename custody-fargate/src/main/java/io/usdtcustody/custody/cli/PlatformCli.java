package io.usdtcustody.custody.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.custody.audit.AuditVerification;
import io.usdtcustody.model.address.AddressValidation;
import io.usdtcustody.model.errors.PlatformException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The custody operator command line: plain Java (no Micronaut context) so it starts fast; only
 * {@code audit verify} talks to AWS (DynamoDB, configured from the environment). Sub-commands print one JSON
 * object on stdout:
 * <pre>
 *   hd derive (--seed &lt;hex&gt; | --xprv &lt;xprv&gt; | --xpub &lt;xpub&gt;) --path &lt;path&gt; [--chain ethereum|tron|omni]
 *   address validate &lt;ethereum|tron|omni&gt; &lt;address&gt;
 *   audit verify [--table &lt;physical table name&gt;] [--log &lt;name&gt;]
 * </pre>
 * Exit codes: 0 success (a valid address, an intact audit chain), 1 an invalid address or a broken audit chain,
 * 2 bad input or a command that could not run (one {@code error: …} line on stderr, never a stack trace, never
 * a seed or key), 3 an unexpected internal failure.
 */
public final class PlatformCli {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INVALID = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    static final String USAGE = String.join(System.lineSeparator(),
            "usage:",
            "  hd derive (--seed <hex> | --xprv <xprv> | --xpub <xpub>) --path <path> [--chain ethereum|tron|omni]",
            "  address validate <ethereum|tron|omni> <address>",
            "  audit verify [--table <physical table name>] [--log <name>]");

    /** Non-ASCII is escaped so that output survives any terminal or locale unchanged. */
    private final ObjectMapper mapper = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private final Map<String, String> environment;

    /** A command line that reads AWS settings from the process environment. */
    public PlatformCli() {
        this(System.getenv());
    }

    /** A command line that reads AWS settings ({@code AWS_*}, {@code RESOURCE_PREFIX}) from {@code environment}. */
    public PlatformCli(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    public static void main(String[] args) {
        System.exit(new PlatformCli().run(args, System.out, System.err));
    }

    /** Runs one command line and answers its exit code; all output goes to {@code out} and {@code err}. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args == null ? List.of() : Arrays.asList(args), out);
        } catch (UsageException | CommandFailedException e) {
            return fail(err, e.getMessage());
        } catch (PlatformException e) {
            return fail(err, e.detail());
        } catch (RuntimeException | JsonProcessingException e) {
            err.println("error: internal failure (" + e.getClass().getSimpleName() + ")");
            return EXIT_INTERNAL;
        }
    }

    private int dispatch(List<String> args, PrintStream out) throws JsonProcessingException {
        if (args.isEmpty()) {
            throw new UsageException("missing command; run with --help for usage");
        }
        if (args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("help"))) {
            out.println(USAGE);
            return EXIT_OK;
        }
        String command = args.size() >= 2 ? args.get(0) + " " + args.get(1) : args.get(0);
        List<String> rest = args.subList(Math.min(2, args.size()), args.size());
        switch (command) {
            case "hd derive" -> {
                print(out, new HdDeriveCommand().run(rest));
                return EXIT_OK;
            }
            case "address validate" -> {
                AddressValidation validation = new AddressValidateCommand().validate(rest);
                print(out, AddressValidateCommand.toJson(validation));
                return validation.valid() ? EXIT_OK : EXIT_INVALID;
            }
            case "audit verify" -> {
                AuditVerification verification = new AuditVerifyCommand(environment).run(rest);
                print(out, AuditVerifyCommand.toJson(verification));
                return verification.ok() ? EXIT_OK : EXIT_INVALID;
            }
            default -> throw new UsageException(
                    "unknown command; expected 'hd derive', 'address validate' or 'audit verify'");
        }
    }

    private void print(PrintStream out, ObjectNode json) throws JsonProcessingException {
        out.println(mapper.writeValueAsString(json));
        out.flush();
    }

    private static int fail(PrintStream err, String message) {
        err.println("error: " + message.replace('\n', ' ').replace('\r', ' '));
        err.flush();
        return EXIT_USAGE;
    }
}
