package io.usdtcustody.screening.evaluation;

import java.util.Locale;

/**
 * Writes a romanised Russian-style name back in Cyrillic, the way a Russian registry or passport would show
 * it ({@code Aleksandr Zaytsev} → {@code Александр Зайцев}). The generator's own table, independent of the
 * matcher's romanisation: a cross-script positive only scores if the two disagree no more than real systems do.
 */
final class CyrillicRendering {
    private static final String[][] GROUPS = {
        {"shch", "щ"}, {"sch", "щ"}, {"kh", "х"}, {"zh", "ж"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"},
        {"yu", "ю"}, {"ya", "я"}, {"yo", "ё"}, {"iy", "ий"}, {"yy", "ый"}, {"ye", "е"},
    };
    private static final String LETTERS = "abvgdezijklmnoprstufhcyx";
    private static final String[] CYRILLIC = {"а", "б", "в", "г", "д", "е", "з", "и", "й", "к", "л", "м", "н", "о",
        "п", "р", "с", "т", "у", "ф", "х", "к", "ы", "кс"};

    private CyrillicRendering() {
    }

    static String render(String latinName) {
        StringBuilder out = new StringBuilder();
        for (String word : latinName.split("(?<=[\\s,.-])|(?=[\\s,.-])")) {
            out.append(word.matches("[A-Za-z]+") ? word(word) : word);
        }
        return out.toString();
    }

    private static String word(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < w.length()) {
            String used = null;
            for (String[] g : GROUPS) {
                if (w.startsWith(g[0], i) && !(g[0].equals("ye") && i > 0)) {
                    out.append(g[1]);
                    used = g[0];
                    break;
                }
            }
            if (used == null && w.charAt(i) == 'y' && i > 0 && "aeiou".indexOf(w.charAt(i - 1)) >= 0) {
                out.append("й");
                used = "y";
            }
            if (used == null && i == 0 && w.charAt(0) == 'e') {
                out.append("э");
                used = "e";
            }
            if (used == null) {
                int k = LETTERS.indexOf(w.charAt(i));
                out.append(k >= 0 ? CYRILLIC[k] : String.valueOf(w.charAt(i)));
                used = "x";
            }
            i += used.length();
        }
        String cyr = out.toString();
        boolean upper = word.equals(word.toUpperCase(Locale.ROOT));
        if (upper) {
            return cyr.toUpperCase(new Locale("ru"));
        }
        return cyr.substring(0, 1).toUpperCase(new Locale("ru")) + cyr.substring(1);
    }
}
