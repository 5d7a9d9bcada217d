package io.usdtcustody.screening.cli;

import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.name.Schema;
import io.usdtcustody.screening.search.NameHit;
import io.usdtcustody.screening.search.NameScreen;
import io.usdtcustody.screening.search.ScreeningQuery;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * {@code screen name "<name>" [--schema S] [--dob YYYY-MM-DD] [--limit N]}: the best list entries for one name
 * as JSON — matches at the default threshold and near misses down to {@link #MIN_SCORE}, best first, each with
 * entry id, primary and matched name, type, programs, score, decision and explanation.
 */
final class NameCommand {
    static final double MIN_SCORE = 0.5;
    static final int DEFAULT_LIMIT = 10;
    private static final int MAX_LIMIT = 100;

    /** The JSON printed. */
    record Output(String name, String schema, String dateOfBirth, double threshold, List<Match> matches) {
    }

    /** One entry in the JSON. */
    record Match(int entryId, String primaryName, String matchedName, String matchedNameKind, String type,
            List<String> programs, double score, boolean match, String explanation) {
    }

    private NameCommand() {
    }

    static String run(String[] args) {
        String name = null;
        Schema schema = Schema.ANY;
        Optional<LocalDate> dob = Optional.empty();
        int limit = DEFAULT_LIMIT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--schema" -> schema = parseSchema(value(args, ++i, "--schema"));
                case "--dob" -> dob = Optional.of(parseDate(value(args, ++i, "--dob")));
                case "--limit" -> limit = parseLimit(value(args, ++i, "--limit"));
                default -> {
                    if (args[i].startsWith("--") || name != null) {
                        throw new UsageException("unexpected argument; usage: screen name \"<name>\" [--schema S] [--dob YYYY-MM-DD] [--limit N]");
                    }
                    name = args[i];
                }
            }
        }
        if (name == null || name.isBlank()) {
            throw new UsageException("screen name needs a name: screen name \"<name>\"");
        }
        if (name.length() > ScreeningQuery.MAX_NAME_LENGTH) {
            throw new UsageException("a name is at most " + ScreeningQuery.MAX_NAME_LENGTH + " characters");
        }
        NameScreen screen = NameScreen.of(OfacCsvLists.fromClasspath());
        List<NameHit> hits = screen.search(new ScreeningQuery(name, schema, dob), limit, MIN_SCORE);
        List<Match> matches = hits.stream().map(h -> new Match(h.entryId(), h.primaryName(), h.matchedName(),
                h.matchedNameKind().name(), typeLabel(h.schema()), h.programs(), round(h.score()), h.match(),
                h.explanation())).toList();
        Output output = new Output(name, schema.label(), dob.map(LocalDate::toString).orElse(null),
                screen.matcher().threshold(), matches);
        return new String(new JsonCodec().write(output), StandardCharsets.UTF_8) + System.lineSeparator();
    }

    static String typeLabel(Schema schema) {
        return schema == Schema.ANY ? "Unknown" : schema.label();
    }

    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static Schema parseSchema(String text) {
        try {
            return Schema.parseQuerySchema(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--dob must be a date as YYYY-MM-DD");
        }
    }

    private static int parseLimit(String text) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new UsageException("--limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
