package io.usdtcustody.screening.cli;

import io.usdtcustody.screening.csv.CsvFormatException;
import io.usdtcustody.screening.csv.CsvReader;
import io.usdtcustody.screening.csv.CsvWriter;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.name.NameMatcher;
import io.usdtcustody.screening.name.Schema;
import io.usdtcustody.screening.search.ListWeights;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code screen names}: pairwise decisions. Reads RFC 4180 CSV with the header {@code name1,name2} or
 * {@code name1,name2,schema} (schema {@code Person}, {@code Company}, {@code Organization} or empty) and writes
 * {@code score,decision} with one row per input row, in order. The whole input is read and checked before
 * anything is written, so a bad row yields an error and no partial output. Blank lines are skipped.
 */
final class NamesCommand {
    private NamesCommand() {
    }

    static String run(String[] args, InputStream in) {
        if (args.length != 0) {
            throw new UsageException("screen names takes no arguments; it reads CSV on stdin");
        }
        CsvReader csv = new CsvReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        List<String> header = csv.next();
        if (header == null) {
            throw new UsageException("no input: expected a CSV header name1,name2[,schema] on stdin");
        }
        int columns = checkHeader(header);
        List<String[]> rows = new ArrayList<>();
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            if (row.size() != columns) {
                throw new CsvFormatException(csv.recordLine(), "expected " + columns + " columns, found " + row.size());
            }
            Schema schema;
            try {
                schema = columns == 3 ? Schema.parseQuerySchema(row.get(2)) : Schema.ANY;
            } catch (IllegalArgumentException e) {
                throw new CsvFormatException(csv.recordLine(), e.getMessage());
            }
            rows.add(new String[] {row.get(0), row.get(1), schema.name()});
        }
        NameMatcher matcher = new NameMatcher(ListWeights.learn(OfacCsvLists.fromClasspath()));
        StringBuilder out = new StringBuilder(32 + rows.size() * 16);
        out.append(CsvWriter.record(List.of("score", "decision")));
        for (String[] r : rows) {
            double score = matcher.score(r[0], r[1], Schema.valueOf(r[2]));
            out.append(CsvWriter.record(List.of(String.format(Locale.ROOT, "%.4f", score),
                    matcher.isMatch(score) ? "match" : "no-match")));
        }
        return out.toString();
    }

    private static int checkHeader(List<String> header) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT);
            names.add(i == 0 && h.startsWith("\ufeff") ? h.substring(1) : h);
        }
        if (names.equals(List.of("name1", "name2")) || names.equals(List.of("name1", "name2", "schema"))) {
            return names.size();
        }
        throw new CsvFormatException(1, "expected the header name1,name2 or name1,name2,schema");
    }
}
