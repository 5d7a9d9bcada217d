package io.usdtcustody.localcloud.kycvendor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox vendor's own, deliberately independent reading of a machine readable zone, as a real vendor
 * checks a document itself rather than trusting the platform: the ICAO 9303 7-3-1 check digits of document
 * number, birth date, expiry date and the composite for TD1, TD2 and TD3 zones, and the expiry date and name
 * field the decisions use. It does not know the long document numbers of TD1/TD2 (they fail here).
 */
final class SandboxMrz {
    /** What the sandbox reads off a zone whose check digits all hold. */
    record Reading(String nameField, LocalDate expiry) {
    }

    private SandboxMrz() {
    }

    static Optional<Reading> read(List<String> lines) {
        boolean twoLines = lines.size() == 2 && lines.get(0).length() == lines.get(1).length();
        if (twoLines && (lines.get(0).length() == 44 || lines.get(0).length() == 36)) {
            // TD3 and TD2 share the second line's layout up to the optional data; the composite digit ends it
            String l2 = lines.get(1);
            int last = l2.length() - 1;
            return check(l2, 0, 9, 9) && check(l2, 13, 19, 19) && check(l2, 21, 27, 27)
                    && composite(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, last), l2.charAt(last))
                    ? expiry(l2.substring(21, 27)).map(day -> new Reading(lines.get(0).substring(5), day))
                    : Optional.empty();
        }
        if (lines.size() == 3 && lines.stream().allMatch(line -> line.length() == 30)) {
            String l1 = lines.get(0);
            String l2 = lines.get(1);
            return check(l1, 5, 14, 14) && check(l2, 0, 6, 6) && check(l2, 8, 14, 14)
                    && composite(l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29),
                    l2.charAt(29))
                    ? expiry(l2.substring(8, 14)).map(day -> new Reading(lines.get(2), day))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean check(String line, int from, int to, int digitAt) {
        return digit(line.substring(from, to)) == value(line.charAt(digitAt));
    }

    private static boolean composite(String text, char digit) {
        return digit(text) == value(digit);
    }

    /** ICAO 9303 Part 3 §4.9: weights 7, 3, 1 over the values (digits, A=10 … Z=35, filler 0), modulo 10. */
    static int digit(String text) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = value(text.charAt(i));
            if (value < 0) {
                return -1;
            }
            sum += value * weights[i % 3];
        }
        return sum % 10;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }

    /** Expiry dates are this century's (YYMMDD). */
    private static Optional<LocalDate> expiry(String yymmdd) {
        try {
            return Optional.of(LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
