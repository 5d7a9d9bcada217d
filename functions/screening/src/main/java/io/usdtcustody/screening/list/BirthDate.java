package io.usdtcustody.screening.list;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as a list gives it: often only a year, a month and year, a range ({@code 1958 to 1960}) or
 * approximate ({@code circa 1960}). Held as the earliest and latest day it could be, so "does this customer's
 * date of birth fit" is one range test whatever the precision.
 */
public record BirthDate(LocalDate earliest, LocalDate latest, String text) {
    private static final Pattern ONE = Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Za-z]{3})[a-z]* )?(\\d{4})");
    private static final int CIRCA_YEARS = 1;

    public BirthDate {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(text, "text");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("a birth date range ends before it starts");
        }
    }

    /** An exact day. */
    public static BirthDate of(LocalDate day) {
        return new BirthDate(day, day, day.toString());
    }

    /**
     * Reads OFAC's forms: {@code 12 Jan 1960}, {@code Jan 1960}, {@code 1960}, {@code circa 1960} and any two of
     * them joined by {@code to}. Empty when the text is none of these.
     */
    public static Optional<BirthDate> parse(String text) {
        String t = text.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        boolean circa = t.toLowerCase(Locale.ROOT).startsWith("circa ");
        if (circa) {
            t = t.substring(6).strip();
        }
        String[] parts = t.split(" to ", 2);
        Optional<LocalDate[]> from = bounds(parts[0]);
        Optional<LocalDate[]> to = parts.length == 2 ? bounds(parts[1]) : from;
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        LocalDate earliest = from.get()[0];
        LocalDate latest = to.get()[1];
        if (circa) {
            earliest = earliest.minusYears(CIRCA_YEARS).withDayOfYear(1);
            latest = latest.plusYears(CIRCA_YEARS).withMonth(12).withDayOfMonth(31);
        }
        if (latest.isBefore(earliest)) {
            return Optional.empty();
        }
        return Optional.of(new BirthDate(earliest, latest, text.strip()));
    }

    /** Whether {@code day} falls in this range. */
    public boolean admits(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /** Whether this names one exact day. */
    public boolean isExactDay() {
        return earliest.equals(latest);
    }

    /** Whole years between {@code day} and the nearest end of this range (0 when inside). */
    public long yearsApart(LocalDate day) {
        if (admits(day)) {
            return 0;
        }
        LocalDate nearest = day.isBefore(earliest) ? earliest : latest;
        return Math.abs((long) nearest.getYear() - day.getYear());
    }

    private static Optional<LocalDate[]> bounds(String text) {
        Matcher m = ONE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(2) == null) {
            return m.group(1) == null
                    ? Optional.of(new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)})
                    : Optional.empty();
        }
        Optional<Month> month = month(m.group(2));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.of(year, month.get(), 1);
        if (m.group(1) == null) {
            return Optional.of(new LocalDate[] {first, first.withDayOfMonth(first.lengthOfMonth())});
        }
        int day = Integer.parseInt(m.group(1));
        if (day < 1 || day > first.lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate exact = first.withDayOfMonth(day);
        return Optional.of(new LocalDate[] {exact, exact});
    }

    private static Optional<Month> month(String abbreviation) {
        String a = abbreviation.toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(a)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
