package io.usdtcustody.functions.kyc.mrz;

import io.usdtcustody.functions.kyc.mrz.MrzLayout.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a document as its machine readable zone, with every check digit computed: the inverse of
 * {@link MrzParser}, for the sandbox KYC vendor and for tests. Names must already be upper-case Latin letters
 * and spaces (transliteration per ICAO 9303 Part 3 is the issuer's job); a name too long for its field is cut
 * at the field's end, as the simplest of ICAO's truncation methods allows.
 */
public final class MrzFormatter {
    private static final Pattern NAME = Pattern.compile("[A-Z ]*");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Z0-9<]*");

    private MrzFormatter() {
    }

    /**
     * The MRZ lines of {@code document}.
     *
     * @throws IllegalArgumentException when a field does not fit its format or uses other characters
     */
    public static List<String> format(MrzDocument document) {
        MrzLayout layout = MrzLayout.of(document.format());
        char[][] lines = new char[document.format().lines()][document.format().length()];
        for (char[] line : lines) {
            Arrays.fill(line, '<');
        }
        put(lines, layout.documentCode(), document.documentCode());
        put(lines, layout.issuingState(), document.issuingState());
        put(lines, layout.name(), truncate(name(document), layout.name().length()));
        documentNumber(lines, layout, document);
        put(lines, layout.nationality(), document.nationality());
        put(lines, layout.birthDate(), MrzDates.format(document.birthDate()));
        check(lines, layout.birthDate(), layout.birthDateCheck());
        put(lines, layout.sex(), String.valueOf(document.sex().code()));
        put(lines, layout.expiryDate(), MrzDates.format(document.expiryDate()));
        check(lines, layout.expiryDate(), layout.expiryDateCheck());
        if (layout.optionalData1Check() != null && !document.optionalData1().isEmpty()) {
            check(lines, layout.optionalData1(), layout.optionalData1Check());
        }
        if (layout.optionalData2() != null) {
            put(lines, layout.optionalData2(), document.optionalData2());
        } else if (!document.optionalData2().isEmpty()) {
            throw new IllegalArgumentException(document.format() + " has no second optional data field");
        }
        String[] text = toStrings(lines);
        lines[layout.composite().line()][layout.composite().start()] =
                MrzCheckDigit.toChar(MrzCheckDigit.compute(layout.compositeText(text)));
        return List.of(toStrings(lines));
    }

    private static void documentNumber(char[][] lines, MrzLayout layout, MrzDocument document) {
        String number = document.documentNumber();
        int field = layout.documentNumber().length();
        if (number.length() <= field) {
            put(lines, layout.documentNumber(), number);
            check(lines, layout.documentNumber(), layout.documentNumberCheck());
            put(lines, layout.optionalData1(), document.optionalData1());
            return;
        }
        if (!layout.allowsLongDocumentNumber()) {
            throw new IllegalArgumentException("a " + document.format() + " document number has at most 9 characters");
        }
        put(lines, layout.documentNumber(), number.substring(0, field));
        String overflow = number.substring(field) + MrzCheckDigit.toChar(MrzCheckDigit.compute(number)) + "<"
                + document.optionalData1();
        put(lines, layout.optionalData1(), overflow);
    }

    private static String name(MrzDocument document) {
        if (!NAME.matcher(document.primaryIdentifier()).matches()
                || !NAME.matcher(document.secondaryIdentifier()).matches()) {
            throw new IllegalArgumentException("names must be upper-case letters A-Z and spaces");
        }
        return document.primaryIdentifier().trim().replace(' ', '<') + "<<"
                + document.secondaryIdentifier().trim().replace(' ', '<');
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static void put(char[][] lines, Span span, String value) {
        if (value.length() > span.length() || !ALPHANUMERIC.matcher(value).matches()) {
            throw new IllegalArgumentException("a field is too long for its place or has characters outside A-Z,"
                    + " 0-9 and <");
        }
        value.getChars(0, value.length(), lines[span.line()], span.start());
    }

    private static void check(char[][] lines, Span checked, Span check) {
        String text = new String(lines[checked.line()], checked.start(), checked.length());
        lines[check.line()][check.start()] = MrzCheckDigit.toChar(MrzCheckDigit.compute(text));
    }

    private static String[] toStrings(char[][] lines) {
        List<String> text = new ArrayList<>();
        for (char[] line : lines) {
            text.add(new String(line));
        }
        return text.toArray(String[]::new);
    }
}
