package io.usdtcustody.screening.search;

import io.usdtcustody.screening.image.ImageReader;
import io.usdtcustody.screening.image.ImageWriter;
import io.usdtcustody.screening.list.ListRows;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SanctionsListException;
import io.usdtcustody.screening.name.NameMatcher;
import io.usdtcustody.screening.name.TokenWeights;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A screen of the shipped OFAC list prebuilt at build time ({@code ofac/screen.image}, written by {@link #main}
 * in the build's {@code process-classes} phase): the learned word weights, each listed name's entry, the blocking
 * index and where each entry's rows are in the two files — all made by the same parser, preparer and indexer
 * as a screen built at run time, written as numbers a cold JVM reads in milliseconds where building takes over a
 * second. It holds no copy of the entries: an entry is parsed from its rows in the shipped files when a query
 * first needs it. {@link NameScreen#of(SanctionsList)} uses it for the list {@code OfacCsvLists.fromClasspath()}
 * reads, when the image names exactly those files (length and CRC-32 of each; the SHA-256 beside them is for the
 * build and tests, {@link #madeFrom}); otherwise (no image, the files were replaced) the list is parsed and the
 * screen built. Lists that arrive at run time (an update through S3, a directory) are always parsed.
 */
public final class ScreenImage {
    /** Where the image lives on the class path, beside the files it was made from. */
    public static final String RESOURCE = OfacCsvLists.CLASSPATH_FOLDER + "/screen.image";
    /** "USDTSCRN": what an image starts with. */
    private static final long MAGIC = 0x555344545343524EL;
    /** The layout written here; an image of another layout is not read. */
    private static final int FORMAT = 1;
    private static final String SOURCE = "classpath:" + OfacCsvLists.CLASSPATH_FOLDER;

    private ScreenImage() {
    }

    /** Writes the image of the files in {@code args[0]} (a folder holding {@code ofac/}) to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve(OfacCsvLists.CLASSPATH_FOLDER);
        byte[] image = write(Files.readAllBytes(folder.resolve(OfacCsvLists.SDN_FILE)),
                Files.readAllBytes(folder.resolve(OfacCsvLists.ALT_FILE)));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.write(out, image);
    }

    /** The image of the screen of these two files (their bytes as shipped). */
    public static byte[] write(byte[] sdnCsv, byte[] altCsv) {
        OfacCsvLists.Parsed parsed = OfacCsvLists.readWithRows(SOURCE, new StringReader(text(sdnCsv)),
                new StringReader(text(altCsv)));
        NameScreen screen = NameScreen.of(parsed.list());
        ImageWriter out = new ImageWriter();
        out.writeLong(MAGIC);
        out.writeVarint(FORMAT);
        writeSource(out, sdnCsv);
        writeSource(out, altCsv);
        parsed.rows().writeTo(out);
        screen.writeTo(out);
        return out.toByteArray();
    }

    /**
     * The screen of {@code list} read from the image the build made of the files {@code list} was read from, or
     * empty when there is no image on the class path, the list was not read from files, or the image was made
     * from other files (or is of another layout).
     */
    static Optional<NameScreen> read(SanctionsList list) {
        if (list.files().isEmpty()) {
            return Optional.empty();
        }
        byte[] image;
        try (InputStream in = ScreenImage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            image = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the class path", e);
        }
        return read(image, list);
    }

    /** The screen of {@code list} in {@code image}, when the image was made from the files {@code list} was read from. */
    static Optional<NameScreen> read(byte[] image, SanctionsList list) {
        SanctionsList.SourceFiles files = list.files().orElseThrow();
        ImageReader in = new ImageReader(image);
        if (in.readLong() != MAGIC || in.readVarint() != FORMAT || !sameSource(in, files.sdnCsv())
                || !sameSource(in, files.altCsv())) {
            return Optional.empty();
        }
        ListRows rows = ListRows.readFrom(in);
        SourceText sdn = new SourceText(files.sdnCsv());
        SourceText alt = new SourceText(files.altCsv());
        NameMatcher matcher = new NameMatcher(TokenWeights.readFrom(in));
        ListedNames names = ListedNames.readFrom(in,
                e -> OfacCsvLists.entryFromRows(rows, e, sdn.get(), alt.get()), matcher.preparer());
        NameIndex index = NameIndex.readFrom(in);
        if (!in.atEnd() || names.entryCount() != rows.size()) {
            throw new SanctionsListException(RESOURCE + " is damaged: its parts do not fit together");
        }
        return Optional.of(new NameScreen(list, matcher, names, index));
    }

    /** Whether {@code image} was made from exactly these files, by SHA-256 (what the build and tests check). */
    public static boolean madeFrom(byte[] image, byte[] sdnCsv, byte[] altCsv) {
        ImageReader in = new ImageReader(image);
        if (in.readLong() != MAGIC || in.readVarint() != FORMAT) {
            return false;
        }
        return sameDigest(in, sdnCsv) && sameDigest(in, altCsv);
    }

    private static void writeSource(ImageWriter out, byte[] file) {
        out.writeVarint(file.length);
        out.writeLong(crc32(file));
        out.writeBytes(sha256(file));
    }

    private static boolean sameSource(ImageReader in, byte[] file) {
        boolean same = in.readVarint() == file.length && in.readLong() == crc32(file);
        in.readBytes();
        return same;
    }

    private static boolean sameDigest(ImageReader in, byte[] file) {
        in.readVarint();
        in.readLong();
        return Arrays.equals(in.readBytes(), sha256(file));
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String text(byte[] file) {
        return OfacCsvLists.text(file);
    }

    /** A shipped file's text, decoded once, when an entry is first parsed from it. */
    private static final class SourceText {
        private final byte[] file;
        private volatile String text;

        SourceText(byte[] file) {
            this.file = file;
        }

        String get() {
            String t = text;
            if (t == null) {
                t = OfacCsvLists.text(file);
                text = t;
            }
            return t;
        }
    }
}
