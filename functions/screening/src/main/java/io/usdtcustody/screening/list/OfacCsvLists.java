package io.usdtcustody.screening.list;

import io.usdtcustody.screening.csv.CsvFormatException;
import io.usdtcustody.screening.csv.CsvReader;
import io.usdtcustody.screening.name.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
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

    /**
     * The copy shipped in this module ({@code ofac/sdn.csv} and {@code ofac/alt.csv}). The files are read now and
     * parsed when the list's entries are first asked for: a screen of it made from the prebuilt image of the same
     * files ({@code search.ScreenImage}) needs only the few entries queries hit, never the whole list.
     */
    public static SanctionsList fromClasspath() {
        ClassLoader loader = OfacCsvLists.class.getClassLoader();
        try (InputStream sdn = open(loader, SDN_FILE); InputStream alt = open(loader, ALT_FILE)) {
            return fromBytes("classpath:" + CLASSPATH_FOLDER, sdn.readAllBytes(), alt.readAllBytes());
        } catch (IOException e) {
            throw new SanctionsListException("cannot read the OFAC lists from the class path", e);
        }
    }

    /**
     * The list in the two files' bytes, parsed when its entries are first asked for (a malformed file fails
     * then); the list keeps the bytes ({@link SanctionsList#files()}), so a screen can tell whether a prebuilt
     * image was made from exactly these files.
     */
    public static SanctionsList fromBytes(String source, byte[] sdnCsv, byte[] altCsv) {
        SanctionsList.SourceFiles files = new SanctionsList.SourceFiles(sdnCsv, altCsv);
        return SanctionsList.deferred(source, files,
                () -> read(source, new StringReader(text(sdnCsv)), new StringReader(text(altCsv))).entries());
    }

    /** A shipped file's text, as the parser reads it. */
    public static String text(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
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
        return readWithRows(source, sdnCsv, altCsv).list();
    }

    /** A parsed list and where each of its entries' rows are in the two files. */
    public record Parsed(SanctionsList list, ListRows rows) {
    }

    /**
     * Parses both files like {@link #read} and notes, per entry, the character ranges of its rows, so a prebuilt
     * screen image can parse one entry again, with this same code ({@link #entryFromRows}), when it needs it.
     */
    public static Parsed readWithRows(String source, Reader sdnCsv, Reader altCsv) {
        Map<Integer, SdnEntry> entries = new LinkedHashMap<>();
        Map<Integer, long[]> sdnRanges = new LinkedHashMap<>();
        readSdn(source + "/" + SDN_FILE, sdnCsv, entries, sdnRanges);
        Map<Integer, List<ListedName>> aliases = new LinkedHashMap<>();
        Map<Integer, List<long[]>> altRanges = new LinkedHashMap<>();
        readAlt(source + "/" + ALT_FILE, altCsv, aliases, altRanges);
        List<SdnEntry> all = new ArrayList<>(entries.size() + 64);
        ListRows.Builder rows = new ListRows.Builder();
        for (SdnEntry entry : entries.values()) {
            all.add(entry.withNames(aliases.getOrDefault(entry.id(), List.of())));
            rows.add(sdnRanges.get(entry.id()), altRanges.getOrDefault(entry.id(), List.of()));
        }
        aliases.forEach((id, names) -> {
            if (!entries.containsKey(id)) {
                all.add(altOnlyEntry(id, names));
                rows.add(null, altRanges.get(id));
            }
        });
        return new Parsed(new SanctionsList(source, all), rows.build());
    }

    /**
     * Entry {@code e} of the list whose files are {@code sdnText} and {@code altText}, parsed from its rows alone:
     * equal to the entry {@link #read} gives, as the rows were noted by {@link #readWithRows} from these texts.
     */
    public static SdnEntry entryFromRows(ListRows rows, int e, String sdnText, String altText) {
        List<ListedName> aliases = new ArrayList<>();
        int id = -1;
        for (int r = 0; r < rows.altRowCount(e); r++) {
            CsvReader csv = new CsvReader(new StringReader(rows.altRow(e, r, altText)));
            List<String> row = csv.next();
            id = altId(row, csv.recordLine());
            aliases.add(altName(row));
        }
        String sdnRow = rows.sdnRow(e, sdnText);
        if (sdnRow == null) {
            return altOnlyEntry(id, aliases);
        }
        CsvReader csv = new CsvReader(new StringReader(sdnRow));
        return sdnEntry(csv.next(), csv.recordLine()).withNames(aliases);
    }

    private static void readSdn(String file, Reader in, Map<Integer, SdnEntry> entries, Map<Integer, long[]> ranges) {
        CsvReader csv = new CsvReader(in);
        try {
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (isEndOfFileMark(row)) {
                    continue;
                }
                SdnEntry entry = sdnEntry(row, csv.recordLine());
                if (entries.putIfAbsent(entry.id(), entry) != null) {
                    throw new CsvFormatException(csv.recordLine(), "entry " + entry.id() + " appears twice");
                }
                ranges.put(entry.id(), new long[] {csv.recordStart(), csv.position()});
            }
        } catch (CsvFormatException e) {
            throw new SanctionsListException(file + ": " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new SanctionsListException(file + ": no entries; refusing to screen against nothing");
        }
    }

    private static SdnEntry sdnEntry(List<String> row, long line) {
        if (row.size() != SDN_COLUMNS) {
            throw new CsvFormatException(line, "expected " + SDN_COLUMNS + " columns, found " + row.size());
        }
        int id = entNum(row.get(0), line);
        String name = value(row.get(1));
        if (name.isEmpty()) {
            throw new CsvFormatException(line, "an entry without a name");
        }
        SdnRemarks remarks = SdnRemarks.parse(value(row.get(11)));
        List<ListedName> names = new ArrayList<>();
        names.add(new ListedName(name, NameKind.PRIMARY));
        names.addAll(remarks.weakAliases());
        return new SdnEntry(id, names, schema(value(row.get(2))), programs(value(row.get(3))),
                value(row.get(4)), remarks.birthDates(), remarks.addresses(), true);
    }

    private static void readAlt(String file, Reader in, Map<Integer, List<ListedName>> aliases,
            Map<Integer, List<long[]>> ranges) {
        CsvReader csv = new CsvReader(in);
        try {
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (isEndOfFileMark(row) || (csv.recordLine() == 1 && row.get(0).strip().equals("ent_num"))) {
                    continue;
                }
                int id = altId(row, csv.recordLine());
                ListedName name = altName(row);
                if (name != null) {
                    aliases.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
                    ranges.computeIfAbsent(id, k -> new ArrayList<>()).add(new long[] {csv.recordStart(), csv.position()});
                }
            }
        } catch (CsvFormatException e) {
            throw new SanctionsListException(file + ": " + e.getMessage(), e);
        }
    }

    private static int altId(List<String> row, long line) {
        if (row.size() != ALT_COLUMNS) {
            throw new CsvFormatException(line, "expected " + ALT_COLUMNS + " columns, found " + row.size());
        }
        return entNum(row.get(0), line);
    }

    /** The alias an {@code alt.csv} row names, or null for a row without a name. */
    private static ListedName altName(List<String> row) {
        String name = value(row.get(3));
        return name.isEmpty() ? null : new ListedName(name, NameKind.ofAltType(value(row.get(2))));
    }

    private static SdnEntry altOnlyEntry(int id, List<ListedName> names) {
        List<ListedName> listed = new ArrayList<>();
        listed.add(new ListedName(names.get(0).text(), NameKind.PRIMARY));
        listed.addAll(names.subList(1, names.size()));
        return new SdnEntry(id, listed, Schema.ANY, List.of(), "", List.of(), List.of(), false);
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
}
