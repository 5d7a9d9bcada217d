package io.usdtcustody.functions.kyc.mrz;

import io.usdtcustody.functions.kyc.mrz.MrzLayout.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the machine readable zone of a passport (TD3), identity card (TD1) or TD2 document per ICAO 9303 and
 * checks it: the layout and alphabet, the document code, issuing state and nationality codes, the name, the
 * check digits of document number (including TD1/TD2 numbers longer than 9 characters), birth date, expiry
 * date and TD3 personal number, the composite check digit, real calendar dates and a birth date not after the
 * reference date. Every failed check is reported, not just the first. Pure: the reference date is passed in.
 */
public final class MrzParser {
    private static final Pattern ALPHABET = Pattern.compile("[A-Z0-9<]*");
    private static final Pattern NAME = Pattern.compile("[A-Z<]*");

    private MrzParser() {
    }

    /** Parses MRZ text: its lines separated by line breaks; surrounding spaces and blank lines are ignored. */
    public static MrzResult parse(String mrz, LocalDate today) {
        Objects.requireNonNull(mrz, "mrz");
        return parse(Arrays.asList(mrz.split("\\R")), today);
    }

    /** Parses MRZ lines. */
    public static MrzResult parse(List<String> lines, LocalDate today) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(today, "today");
        String[] text = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toArray(String[]::new);
        int length = text.length == 0 ? 0 : text[0].length();
        boolean sameLength = Arrays.stream(text).allMatch(line -> line.length() == length);
        MrzFormat format = sameLength ? MrzFormat.of(text.length, length) : null;
        if (format == null) {
            return failed(MrzField.FORMAT, "must be 3 lines of 30 characters (TD1), 2 of 36 (TD2) or 2 of 44 (TD3)");
        }
        if (!Arrays.stream(text).allMatch(line -> ALPHABET.matcher(line).matches())) {
            return failed(MrzField.FORMAT, "may contain only A-Z, 0-9 and the filler <");
        }
        return new Reading(text, MrzLayout.of(format), today).read();
    }

    private static MrzResult failed(MrzField field, String reason) {
        return new MrzResult(null, List.of(new MrzProblem(field, reason)));
    }

    /** One parse: the lines, their layout, and the problems found so far. */
    private static final class Reading {
        private final String[] lines;
        private final MrzLayout layout;
        private final LocalDate today;
        private final List<MrzProblem> problems = new ArrayList<>();

        Reading(String[] lines, MrzLayout layout, LocalDate today) {
            this.lines = lines;
            this.layout = layout;
            this.today = today;
        }

        MrzResult read() {
            String documentCode = documentCode();
            String issuingState = country(layout.issuingState(), MrzField.ISSUING_STATE);
            String[] name = name();
            String[] numberAndOptional = documentNumber();
            String nationality = country(layout.nationality(), MrzField.NATIONALITY);
            LocalDate birth = date(layout.birthDate(), layout.birthDateCheck(), MrzField.BIRTH_DATE, true);
            MrzSex sex = sex();
            LocalDate expiry = date(layout.expiryDate(), layout.expiryDateCheck(), MrzField.EXPIRY_DATE, false);
            String optional2 = layout.optionalData2() == null ? "" : stripFillers(text(layout.optionalData2()));
            personalNumber();
            checkDigit(layout.compositeText(lines), layout.composite(), MrzField.COMPOSITE);
            if (!problems.isEmpty()) {
                return new MrzResult(null, problems);
            }
            return new MrzResult(new MrzDocument(layout.format(), documentCode, issuingState, name[0], name[1],
                    name[2] != null, numberAndOptional[0], nationality, birth, sex, expiry, numberAndOptional[1],
                    optional2), List.of());
        }

        private String documentCode() {
            String code = text(layout.documentCode());
            boolean valid = switch (layout.format()) {
                case TD3 -> code.charAt(0) == 'P';
                case TD1, TD2 -> code.charAt(0) == 'A' || code.charAt(0) == 'C' || code.charAt(0) == 'I';
            };
            if (!valid || Character.isDigit(code.charAt(1))) {
                problem(MrzField.DOCUMENT_CODE, layout.format() == MrzFormat.TD3
                        ? "must start with P for a passport" : "must start with A, C or I for this document size");
            }
            return stripFillers(code);
        }

        private String country(Span span, MrzField field) {
            String code = stripFillers(text(span));
            if (!MrzCountries.isKnown(code)) {
                problem(field, "is not an ISO 3166-1 alpha-3 or ICAO 9303 state code");
            }
            return code;
        }

        /** Primary identifier, secondary identifier, and a non-null third element when the field is full. */
        private String[] name() {
            String field = text(layout.name());
            String[] result = {"", "", field.endsWith("<") ? null : "truncated"};
            if (!NAME.matcher(field).matches()) {
                problem(MrzField.NAME, "may contain only the letters A-Z and fillers");
                return result;
            }
            int split = field.indexOf("<<");
            String primary = split < 0 ? field : field.substring(0, split);
            String secondary = split < 0 ? "" : field.substring(split + 2);
            result[0] = words(primary);
            result[1] = words(secondary);
            if (result[0].isEmpty()) {
                problem(MrzField.NAME, "must start with the primary identifier (surname)");
            }
            return result;
        }

        /** The document number and the first optional data field, separating a long number from the latter. */
        private String[] documentNumber() {
            String number = text(layout.documentNumber());
            String check = text(layout.documentNumberCheck());
            String optional = text(layout.optionalData1());
            if (layout.allowsLongDocumentNumber() && check.equals("<") && optional.charAt(0) != '<') {
                int end = optional.indexOf('<');
                if (end < 1) {
                    problem(MrzField.DOCUMENT_NUMBER, "a number longer than 9 characters must end with its check"
                            + " digit and a filler in the optional data");
                    return new String[] {number, ""};
                }
                String full = number + optional.substring(0, end - 1);
                verify(full, optional.charAt(end - 1), MrzField.DOCUMENT_NUMBER);
                return new String[] {full, stripFillers(optional.substring(end + 1))};
            }
            verify(number, check.charAt(0), MrzField.DOCUMENT_NUMBER);
            String stripped = stripFillers(number);
            if (stripped.isEmpty()) {
                problem(MrzField.DOCUMENT_NUMBER, "must not be empty");
            }
            return new String[] {stripped, stripFillers(optional)};
        }

        private LocalDate date(Span span, Span check, MrzField field, boolean birth) {
            String digits = text(span);
            checkDigit(digits, check, field);
            LocalDate date = birth ? MrzDates.birth(digits, today) : MrzDates.expiry(digits, today);
            if (date == null) {
                problem(field, "must be a calendar date written YYMMDD");
            }
            return date;
        }

        private MrzSex sex() {
            MrzSex sex = MrzSex.of(text(layout.sex()).charAt(0));
            if (sex == null) {
                problem(MrzField.SEX, "must be M, F, X or <");
            }
            return sex;
        }

        /** TD3: the personal number's check digit, which may be a filler (or 0) when there is no number. */
        private void personalNumber() {
            if (layout.optionalData1Check() == null) {
                return;
            }
            String number = text(layout.optionalData1());
            char check = text(layout.optionalData1Check()).charAt(0);
            if (stripFillers(number).isEmpty() && (check == '<' || check == '0')) {
                return;
            }
            verify(number, check, MrzField.OPTIONAL_DATA);
        }

        private void checkDigit(String checked, Span check, MrzField field) {
            verify(checked, text(check).charAt(0), field);
        }

        private void verify(String checked, char check, MrzField field) {
            if (check < '0' || check > '9') {
                problem(field, "check digit must be a digit");
            } else if (MrzCheckDigit.compute(checked) != check - '0') {
                problem(field, "check digit does not match");
            }
        }

        private String text(Span span) {
            return span.of(lines);
        }

        private void problem(MrzField field, String reason) {
            problems.add(new MrzProblem(field, reason));
        }
    }

    /** Fillers between words become single spaces; leading and trailing fillers go. */
    private static String words(String field) {
        return String.join(" ", Arrays.stream(field.split("<+")).filter(word -> !word.isEmpty()).toList());
    }

    private static String stripFillers(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end);
    }
}
