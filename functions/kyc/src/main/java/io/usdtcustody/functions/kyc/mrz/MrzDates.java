package io.usdtcustody.functions.kyc.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Turns the MRZ's six-digit {@code YYMMDD} dates into calendar dates, choosing the century with a reference
 * date (normally today, passed in): a birth date is the latest such date not after the reference; an expiry
 * date lies within 50 years before to 49 years after it. A person born exactly a hundred years before the
 * reference or more would be read as a newborn — the two-digit year cannot say; the KYC case compares the
 * result with the vendor's extracted data.
 */
final class MrzDates {
    private MrzDates() {
    }

    /** The birth date, or {@code null} when the digits are not a date. */
    static LocalDate birth(String yymmdd, LocalDate reference) {
        LocalDate recent = date(reference.getYear() / 100 * 100, yymmdd);
        if (recent == null) {
            return null;
        }
        return recent.isAfter(reference) ? recent.minusYears(100) : recent;
    }

    /** The expiry date, or {@code null} when the digits are not a date. */
    static LocalDate expiry(String yymmdd, LocalDate reference) {
        if (!digits(yymmdd)) {
            return null;
        }
        int base = reference.getYear() - 50;
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int year = base + Math.floorMod(yy - base, 100);
        return date(year - yy, yymmdd);
    }

    /** The date {@code YYMMDD} in the century starting at {@code century} (e.g. 2000). */
    private static LocalDate date(int century, String yymmdd) {
        if (!digits(yymmdd)) {
            return null;
        }
        try {
            return LocalDate.of(century + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean digits(String text) {
        return text.length() == 6 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** {@code YYMMDD} for a date, as the MRZ prints it. */
    static String format(LocalDate date) {
        return String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
    }
}
