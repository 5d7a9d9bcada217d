package io.usdtcustody.screening.list;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the {@code Remarks} column of {@code sdn.csv} says that screening needs: weak aliases
 * ({@code a.k.a. 'NAME'}), dates of birth ({@code DOB 12 Jan 1960}, {@code alt. DOB …}) and digital-currency
 * addresses ({@code Digital Currency Address - XBT 1abc…}). Items are separated by {@code "; "}. OFAC cuts the
 * column at 1,000 characters, so in a cut column the last item is dropped rather than read half-written (a
 * half address would be a wrong address).
 */
record SdnRemarks(List<ListedName> weakAliases, List<BirthDate> birthDates, List<ListedAddress> addresses) {
    static final int OFAC_COLUMN_LIMIT = 1000;
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:alt\\. )?Digital Currency Address - ([A-Za-z0-9]+) ([A-Za-z0-9]+)\\.?");
    private static final Pattern DOB = Pattern.compile("(?:alt\\. )?DOB (.+)");
    private static final Pattern WEAK_AKA = Pattern.compile("a\\.k\\.a\\. '(.+)'\\.?");

    static SdnRemarks parse(String remarks) {
        List<ListedName> weak = new ArrayList<>();
        List<BirthDate> dobs = new ArrayList<>();
        List<ListedAddress> addresses = new ArrayList<>();
        if (remarks.isEmpty()) {
            return new SdnRemarks(weak, dobs, addresses);
        }
        String[] items = remarks.split("; ");
        int usable = remarks.length() >= OFAC_COLUMN_LIMIT ? items.length - 1 : items.length;
        for (int i = 0; i < usable; i++) {
            String item = items[i].strip();
            Matcher m;
            if ((m = ADDRESS.matcher(item)).matches()) {
                addresses.add(new ListedAddress(m.group(1), m.group(2)));
            } else if ((m = DOB.matcher(item)).matches()) {
                BirthDate.parse(m.group(1)).ifPresent(dobs::add);
            } else if ((m = WEAK_AKA.matcher(item)).matches() && !m.group(1).isBlank()) {
                weak.add(new ListedName(m.group(1), NameKind.WEAK_AKA));
            }
        }
        return new SdnRemarks(weak, dobs, addresses);
    }
}
