package io.usdtcustody.functions.kyc.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.kyc.mrz.MrzLayout.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the MRZ reader and writer over generated documents of all three sizes. */
class MrzPropertiesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALPHANUMERIC = LETTERS + "0123456789";
    private static final String[] STATES = {"UTO", "D", "DEU", "GBR", "GBD", "FRA", "USA", "CHE", "SGP", "JPN", "UNO",
            "XXA", "NLD", "BRA"};

    /** Whether a corrupted character must always be caught, or only when its value differs modulo 10. */
    private enum Coverage { ALWAYS, UNLESS_CONGRUENT_MOD_10 }

    private record Checked(Span span, Coverage coverage) {
    }

    @Property(tries = 500)
    void parse_shouldReturnTheDocument_thatWasFormatted(@ForAll("documents") MrzDocument document) {
        List<String> lines = MrzFormatter.format(document);

        MrzResult result = MrzParser.parse(lines, TODAY);

        assertThat(result.problems()).isEmpty();
        assertThat(result.document()).isEqualTo(document);
    }

    @Property(tries = 2000)
    void parse_shouldDetectACorruptedCheckedCharacter(@ForAll("shortNumberDocuments") MrzDocument document,
            @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        String[] lines = MrzFormatter.format(document).toArray(String[]::new);
        List<Checked> checked = checkedFields(document);
        Checked field = checked.get(random.nextInt(checked.size()));
        int position = field.span().start() + random.nextInt(field.span().length());
        char original = lines[field.span().line()].charAt(position);
        char replacement = original;
        while (replacement == original) {
            replacement = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        char[] line = lines[field.span().line()].toCharArray();
        line[position] = replacement;
        lines[field.span().line()] = new String(line);

        MrzResult result = MrzParser.parse(List.of(lines), TODAY);

        boolean congruent = MrzCheckDigit.valueOrMinusOne(original) % 10
                == MrzCheckDigit.valueOrMinusOne(replacement) % 10;
        if (field.coverage() == Coverage.ALWAYS || !congruent) {
            assertThat(result.ok()).as("corruption of a checked character goes unnoticed").isFalse();
        }
    }

    @Property(tries = 300)
    void checkDigit_shouldMissOnlySubstitutionsCongruentModulo10(@ForAll("alphanumerics") String text,
            @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        int position = random.nextInt(text.length());
        char replacement = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        String changed = text.substring(0, position) + replacement + text.substring(position + 1);
        boolean congruent = MrzCheckDigit.valueOrMinusOne(text.charAt(position)) % 10
                == MrzCheckDigit.valueOrMinusOne(replacement) % 10;

        assertThat(MrzCheckDigit.compute(changed) == MrzCheckDigit.compute(text)).isEqualTo(congruent);
    }

    private static List<Checked> checkedFields(MrzDocument document) {
        MrzLayout layout = MrzLayout.of(document.format());
        List<Checked> fields = new ArrayList<>(List.of(
                new Checked(layout.documentNumber(), Coverage.UNLESS_CONGRUENT_MOD_10),
                new Checked(layout.documentNumberCheck(), Coverage.ALWAYS),
                new Checked(layout.birthDate(), Coverage.ALWAYS),
                new Checked(layout.birthDateCheck(), Coverage.ALWAYS),
                new Checked(layout.expiryDate(), Coverage.ALWAYS),
                new Checked(layout.expiryDateCheck(), Coverage.ALWAYS),
                new Checked(layout.optionalData1(), Coverage.UNLESS_CONGRUENT_MOD_10),
                new Checked(layout.composite(), Coverage.ALWAYS)));
        if (layout.optionalData1Check() != null && !document.optionalData1().isEmpty()) {
            fields.add(new Checked(layout.optionalData1Check(), Coverage.ALWAYS));
        }
        if (layout.optionalData2() != null) {
            fields.add(new Checked(layout.optionalData2(), Coverage.UNLESS_CONGRUENT_MOD_10));
        }
        return fields;
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<String> alphanumerics() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(40);
    }

    @Provide
    Arbitrary<MrzDocument> documents() {
        return Arbitraries.randomValue(random -> document(random, true));
    }

    @Provide
    Arbitrary<MrzDocument> shortNumberDocuments() {
        return Arbitraries.randomValue(random -> document(random, false));
    }

    private static MrzDocument document(Random random, boolean longNumbers) {
        MrzFormat format = MrzFormat.values()[random.nextInt(3)];
        MrzLayout layout = MrzLayout.of(format);
        String code = (format == MrzFormat.TD3 ? "P" : String.valueOf("ACI".charAt(random.nextInt(3))))
                + (random.nextBoolean() ? "" : String.valueOf(LETTERS.charAt(random.nextInt(26))));
        String primary;
        String secondary;
        do {
            primary = words(random, 1 + random.nextInt(3));
            secondary = words(random, random.nextInt(4));
        } while (primary.length() + 2 + secondary.length() >= layout.name().length());
        int optionalRoom = layout.optionalData1().length();
        int maxNumber = longNumbers && layout.allowsLongDocumentNumber() ? 9 + optionalRoom - 2 : 9;
        String number = text(random, ALPHANUMERIC, 1 + random.nextInt(maxNumber));
        int used = number.length() > 9 ? number.length() - 9 + 2 : 0;
        int optionalLength = format == MrzFormat.TD3 ? optionalRoom : optionalRoom - used;
        String optional1 = text(random, ALPHANUMERIC, random.nextInt(optionalLength + 1));
        String optional2 = layout.optionalData2() == null ? ""
                : text(random, ALPHANUMERIC, random.nextInt(layout.optionalData2().length() + 1));
        LocalDate birth = TODAY.minusDays(random.nextInt(365 * 99));
        LocalDate expiry = TODAY.minusYears(49).plusDays(random.nextInt(365 * 98));
        MrzSex sex = MrzSex.values()[random.nextInt(3)];
        return new MrzDocument(format, code, STATES[random.nextInt(STATES.length)], primary, secondary, false, number,
                STATES[random.nextInt(STATES.length)], birth, sex, expiry, optional1, optional2);
    }

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(text(random, LETTERS, 1 + random.nextInt(8)));
        }
        return String.join(" ", words);
    }

    private static String text(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
