package io.usdtcustody.functions.kyc.mrz;

import java.util.List;

/**
 * Where each field sits in a format (ICAO 9303 Parts 4-6), as zero-based half-open spans: one table the parser
 * reads from and the formatter writes into, so the two cannot disagree.
 */
record MrzLayout(MrzFormat format, Span documentCode, Span issuingState, Span name, Span documentNumber,
                 Span documentNumberCheck, Span nationality, Span birthDate, Span birthDateCheck, Span sex,
                 Span expiryDate, Span expiryDateCheck, Span optionalData1, Span optionalData1Check,
                 Span optionalData2, Span composite, List<Span> compositeInput) {

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of line {@code line}. */
    record Span(int line, int start, int end) {
        String of(String[] lines) {
            return lines[line].substring(start, end);
        }

        int length() {
            return end - start;
        }
    }

    private static Span s(int line, int start, int end) {
        return new Span(line, start, end);
    }

    static final MrzLayout TD1 = new MrzLayout(MrzFormat.TD1, s(0, 0, 2), s(0, 2, 5), s(2, 0, 30), s(0, 5, 14),
            s(0, 14, 15), s(1, 15, 18), s(1, 0, 6), s(1, 6, 7), s(1, 7, 8), s(1, 8, 14), s(1, 14, 15),
            s(0, 15, 30), null, s(1, 18, 29), s(1, 29, 30),
            List.of(s(0, 5, 30), s(1, 0, 7), s(1, 8, 15), s(1, 18, 29)));

    static final MrzLayout TD2 = new MrzLayout(MrzFormat.TD2, s(0, 0, 2), s(0, 2, 5), s(0, 5, 36), s(1, 0, 9),
            s(1, 9, 10), s(1, 10, 13), s(1, 13, 19), s(1, 19, 20), s(1, 20, 21), s(1, 21, 27), s(1, 27, 28),
            s(1, 28, 35), null, null, s(1, 35, 36),
            List.of(s(1, 0, 10), s(1, 13, 20), s(1, 21, 35)));

    static final MrzLayout TD3 = new MrzLayout(MrzFormat.TD3, s(0, 0, 2), s(0, 2, 5), s(0, 5, 44), s(1, 0, 9),
            s(1, 9, 10), s(1, 10, 13), s(1, 13, 19), s(1, 19, 20), s(1, 20, 21), s(1, 21, 27), s(1, 27, 28),
            s(1, 28, 42), s(1, 42, 43), null, s(1, 43, 44),
            List.of(s(1, 0, 10), s(1, 13, 20), s(1, 21, 43)));

    static MrzLayout of(MrzFormat format) {
        return switch (format) {
            case TD1 -> TD1;
            case TD2 -> TD2;
            case TD3 -> TD3;
        };
    }

    /** TD1 and TD2 continue a document number longer than 9 characters in the first optional data field. */
    boolean allowsLongDocumentNumber() {
        return format != MrzFormat.TD3;
    }

    /** The text the composite check digit is computed over. */
    String compositeText(String[] lines) {
        StringBuilder text = new StringBuilder();
        compositeInput.forEach(span -> text.append(span.of(lines)));
        return text.toString();
    }
}
