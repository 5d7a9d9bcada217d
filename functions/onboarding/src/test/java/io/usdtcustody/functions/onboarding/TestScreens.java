package io.usdtcustody.functions.onboarding;

import io.usdtcustody.functions.common.Lazy;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.search.NameScreen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A sanctions screen for unit tests built from part of the real OFAC files on the class path (the first entries
 * plus some chosen ones), read through the library's own parser: realistic names and weights, built in well
 * under a second instead of the full list's seconds.
 */
public final class TestScreens {
    /** PRIGOZHIN, Yevgeniy Viktorovich (individual, DOB 01 Jun 1961; a.k.a. PRIGOZHIN, Evgeny). */
    public static final int PRIGOZHIN = 21171;
    private static final int FIRST_ENTRIES = 600;
    private static final Lazy<NameScreen> SCREEN = new Lazy<>(TestScreens::build);

    private TestScreens() {
    }

    public static NameScreen screen() {
        return SCREEN.get();
    }

    private static NameScreen build() {
        Set<Integer> kept = new HashSet<>();
        String sdn = subset("sdn.csv", id -> id == PRIGOZHIN || (kept.size() < FIRST_ENTRIES && kept.add(id)) || kept.contains(id));
        kept.add(PRIGOZHIN);
        String alt = subset("alt.csv", kept::contains);
        return NameScreen.of(OfacCsvLists.read("test:ofac-subset", new StringReader(sdn), new StringReader(alt)));
    }

    private static String subset(String file, IntPredicate keep) {
        var in = Objects.requireNonNull(TestScreens.class.getClassLoader().getResourceAsStream("ofac/" + file), file);
        StringBuilder kept = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comma = line.indexOf(',');
                if (comma <= 0 || !line.substring(0, comma).chars().allMatch(Character::isDigit)) {
                    continue;
                }
                int id = Integer.parseInt(line.substring(0, comma));
                if (keep.test(id)) {
                    kept.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept.toString();
    }
}
