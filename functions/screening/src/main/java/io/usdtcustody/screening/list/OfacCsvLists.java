package io.usdtcustody.screening.list;

import io.usdtcustody.screening.csv.CsvFormatException;
import io.usdtcustody.screening.csv.CsvReader;
import io.usdtcustody.screening.name.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one parser of OFAC's official CSV files: {@code sdn.csv} (12 columns, no header, {@code -0-} for empty)
 * and {@code alt.csv} (5 columns, joined by {@code ent_num}; its header row is optional). The copy on the
 * class path, a directory of freshly downloaded files and a test's own readers all go through
 * {@link #read(String, Reader, Reader)}. It fails with a {@link SanctionsListException} naming the file and
 * line on anything outside the layout (wrong column count, a non-numeric {@code ent_num}, broken quoting, a
 * duplicate entry, no entries) rather than returning a shorter or empty list.
 */
public final class OfacCsvLists {
    /** The class-path folder the copied files live in (see {@code PROVENANCE.md} there). */
    public static final String CLASSPATH_FOLDER = "ofac";
    public static final String SDN_FILE = "sdn.csv";
    public static final String ALT_FILE = "alt.csv";
    private static final int SDN_COLUMNS = 12;
    private static final int ALT_COLUMNS = 5;
    private static final String EMPTY = "-0-";
    /** DOS end-of-file byte OFAC still appends to both files. */
    private static final String END_OF_FILE_MARK = "\u001a";

    private OfacCsvLists() {
    }

    /** The copy shipped in this module ({@code ofac/sdn.csv} and {@code ofac/alt.csv}). */
    public static SanctionsList fromClasspath() {
        ClassLoader loader = OfacCsvLists.class.getClassLoader();
        try (InputStream sdn = open(loader, SDN_FILE); InputStream alt = open(loader, ALT_FILE)) {
            return read("classpath:" + CLASSPATH_FOLDER, reader(sdn), reader(alt));
        } catch (IOException e) {
            throw new SanctionsListException("cannot read the OFAC lists from the class path", e);
        }
    }

    /** {@code sdn.csv} and {@code alt.csv} in {@code directory}, as downloaded from OFAC. Both must exist. */
    public static SanctionsList fromDirectory(Path directory) {
        try (Reader sdn = Files.newBufferedReader(directory.resolve(SDN_FILE), StandardCharsets.UTF_8);
                Reader alt = Files.newBufferedReader(directory.resolve(ALT_FILE), StandardCharsets.UTF_8)) {
            return read(directory.toString(), sdn, alt);
        } catch (NoSuchFileException e) {
            throw new SanctionsListException("missing OFAC file " + e.getFile(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new SanctionsListException("cannot read the OFAC lists in " + directory, e);
        }
    }

    /** Parses both files; {@code source} names them in errors and in {@link SanctionsList#source()}. */
    public static SanctionsList read(String source, Reader sdnCsv, Reader altCsv) {
        Map<Integer, SdnEntry> entries = readSdn(source + "/" + SDN_FILE, sdnCsv);
        Map<Integer, List<ListedName>> aliases = readAlt(source + "/" + ALT_FILE, altCsv);
        List<SdnEntry> all = new ArrayList<>(entries.size() + 64);
        for (SdnEntry entry : entries.values()) {
            all.add(entry.withNames(aliases.getOrDefault(entry.id(), List.of())));
        }
        aliases.forEach((id, names) -> {
            if (!entries.containsKey(id)) {
                List<ListedName> listed = new ArrayList<>();
                listed.add(new ListedName(names.get(0).text(), NameKind.PRIMARY));
                listed.addAll(names.subList(1, names.size()));
                all.add(new SdnEntry(id, listed, Schema.ANY, List.of(), "", List.of(), List.of(), false));
            }
        });
        return new SanctionsList(source, all);
    }

    private static Map<Integer, SdnEntry> readSdn(String file, Reader in) {
        Map<Integer, SdnEntry> entries = new LinkedHashMap<>();
        CsvReader csv = new CsvReader(in);
        try {
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (isEndOfFileMark(row)) {
                    continue;
                }
                if (row.size() != SDN_COLUMNS) {
                    throw new CsvFormatException(csv.recordLine(),
                            "expected " + SDN_COLUMNS + " columns, found " + row.size());
                }
                int id = entNum(row.get(0), csv.recordLine());
                String name = value(row.get(1));
                if (name.isEmpty()) {
                    throw new CsvFormatException(csv.recordLine(), "an entry without a name");
                }
                SdnRemarks remarks = SdnRemarks.parse(value(row.get(11)));
                List<ListedName> names = new ArrayList<>();
                names.add(new ListedName(name, NameKind.PRIMARY));
                names.addAll(remarks.weakAliases());
                SdnEntry entry = new SdnEntry(id, names, schema(value(row.get(2))), programs(value(row.get(3))),
                        value(row.get(4)), remarks.birthDates(), remarks.addresses(), true);
                if (entries.putIfAbsent(id, entry) != null) {
                    throw new CsvFormatException(csv.recordLine(), "entry " + id + " appears twice");
                }
            }
        } catch (CsvFormatException e) {
            throw new SanctionsListException(file + ": " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new SanctionsListException(file + ": no entries; refusing to screen against nothing");
        }
        return entries;
    }

    private static Map<Integer, List<ListedName>> readAlt(String file, Reader in) {
        Map<Integer, List<ListedName>> aliases = new LinkedHashMap<>();
        CsvReader csv = new CsvReader(in);
        try {
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (isEndOfFileMark(row) || (csv.recordLine() == 1 && row.get(0).strip().equals("ent_num"))) {
                    continue;
                }
                if (row.size() != ALT_COLUMNS) {
                    throw new CsvFormatException(csv.recordLine(),
                            "expected " + ALT_COLUMNS + " columns, found " + row.size());
                }
                int id = entNum(row.get(0), csv.recordLine());
                String name = value(row.get(3));
                if (!name.isEmpty()) {
                    aliases.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new ListedName(name, NameKind.ofAltType(value(row.get(2)))));
                }
            }
        } catch (CsvFormatException e) {
            throw new SanctionsListException(file + ": " + e.getMessage(), e);
        }
        return aliases;
    }

    private static boolean isEndOfFileMark(List<String> row) {
        if (!row.get(0).strip().equals(END_OF_FILE_MARK)) {
            return false;
        }
        return row.stream().skip(1).allMatch(String::isBlank);
    }

    private static int entNum(String text, long line) {
        try {
            int id = Integer.parseInt(text.strip());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new CsvFormatException(line, "ent_num is not a positive integer");
        }
    }

    /** The field without surrounding spaces; OFAC's {@code -0-} placeholder becomes empty. */
    private static String value(String field) {
        String v = field.strip();
        return v.equals(EMPTY) ? "" : v;
    }

    private static Schema schema(String sdnType) {
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> Schema.ORGANIZATION;
        };
    }

    private static List<String> programs(String program) {
        List<String> programs = new ArrayList<>();
        for (String p : program.split("\\] \\[")) {
            String clean = p.replace("[", "").replace("]", "").strip();
            if (!clean.isEmpty()) {
                programs.add(clean);
            }
        }
        return programs;
    }

    private static InputStream open(ClassLoader loader, String file) {
        InputStream in = loader.getResourceAsStream(CLASSPATH_FOLDER + "/" + file);
        if (in == null) {
            throw new SanctionsListException("OFAC file " + CLASSPATH_FOLDER + "/" + file + " is not on the class path");
        }
        return in;
    }

    private static Reader reader(InputStream in) {
        return new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
