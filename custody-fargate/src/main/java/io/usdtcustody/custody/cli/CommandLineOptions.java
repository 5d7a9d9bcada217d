package io.usdtcustody.custody.cli;

import io.usdtcustody.model.money.Chain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options ({@code --name value} or {@code --name=value}) and positional arguments of one sub-command,
 * checked against the option names the command knows. Values never appear in error messages.
 */
final class CommandLineOptions {
    private final Map<String, String> options;
    private final List<String> positionals;

    private CommandLineOptions(Map<String, String> options, List<String> positionals) {
        this.options = options;
        this.positionals = positionals;
    }

    static CommandLineOptions parse(List<String> args, Set<String> knownOptions, String command) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!knownOptions.contains(name)) {
                throw new UsageException("unknown option --" + printableName(name) + " for " + command);
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("option --" + name + " needs a value");
            }
            if (options.putIfAbsent(name, value) != null) {
                throw new UsageException("option --" + name + " is given more than once");
            }
        }
        return new CommandLineOptions(options, positionals);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new UsageException("option --" + name + " is required"));
    }

    List<String> positionals() {
        return positionals;
    }

    /** {@code ethereum}, {@code tron} or {@code omni}, in any case. */
    static Chain chain(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ethereum" -> Chain.ETHEREUM;
            case "tron" -> Chain.TRON;
            case "omni" -> Chain.OMNI;
            default -> throw new UsageException("unknown chain; expected ethereum, tron or omni");
        };
    }

    /** Option names are echoed in errors only when they look like names, never like pasted secrets. */
    private static String printableName(String name) {
        return name.length() <= 20 && name.matches("[a-zA-Z0-9-]*") ? name : "(unprintable)";
    }
}
