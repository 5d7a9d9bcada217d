package io.usdtcustody.screening.name;

/**
 * Two keys per romanised token that forgive what romanisation systems disagree on, built from letter classes
 * rather than from any list of names.
 *
 * <ul>
 *   <li>{@link #phonetic}: consonants folded into classes ({@code kh}/{@code h}; {@code ch}/{@code tch}/
 *       {@code tsch}/{@code cz}; {@code sh}/{@code sch}/{@code sz}/{@code s}/{@code z}/{@code ts}; {@code j}/
 *       {@code dj}/{@code dzh}/{@code zh}; {@code g}/{@code k}/{@code q}/hard {@code c}; {@code d}/{@code t}/
 *       {@code th}/{@code dh}; {@code v}/{@code w}; {@code ph}/{@code f}; {@code x}→{@code ks}), vowels folded
 *       into three ({@code a}/{@code e}, {@code i}/{@code y}/{@code ee}, {@code o}/{@code u}) and every run of one
 *       class written once. Mohammed, Muhammad and Mohamad all read {@code muhamat}.</li>
 *   <li>{@link #skeleton}: the phonetic key without vowels and without {@code y}: what is left when vowels are
 *       not written (Arabic) or are spelled every way (Yusuf, Youssef, Yousef → {@code sf}).</li>
 * </ul>
 * Both work on lower-case ASCII letters and digits as {@link NameNormaliser} produces them.
 */
final class Phonetics {
    /** Letter groups read as one sound, longest first; each maps to its class letter. */
    private static final String[][] MULTIGRAPHS = {
        {"tsch", "c"}, {"shch", "s"}, {"dsch", "j"}, {"dzh", "j"}, {"sch", "s"}, {"tch", "c"},
        {"kh", "h"}, {"gh", "k"}, {"ck", "k"}, {"ch", "c"}, {"cz", "c"}, {"sh", "s"}, {"sz", "s"},
        {"ts", "s"}, {"tz", "s"}, {"zh", "j"}, {"dj", "j"}, {"th", "t"}, {"dh", "t"}, {"ph", "f"}, {"ee", "i"},
    };

    private static final String[][][] BY_FIRST_LETTER = new String[128][][];

    static {
        for (char c = 0; c < 128; c++) {
            final char letter = c;
            String[][] graphs = java.util.Arrays.stream(MULTIGRAPHS).filter(g -> g[0].charAt(0) == letter)
                    .toArray(String[][]::new);
            BY_FIRST_LETTER[c] = graphs.length == 0 ? null : graphs;
        }
    }

    private Phonetics() {
    }

    static String phonetic(String token) {
        StringBuilder out = new StringBuilder(token.length() + 2);
        int end = token.length();
        if (end > 3 && token.charAt(end - 1) == 'h' && token.charAt(end - 2) == 'a') {
            end--; // a written-out final ta marbuta or heh: Fatimah/Fatima, Abdullah/Abdulla
        }
        int i = 0;
        while (i < end) {
            int used = 0;
            char first = token.charAt(i);
            String[][] graphs = first < 128 ? BY_FIRST_LETTER[first] : null;
            if (graphs != null && i + 1 < end) {
                for (String[] graph : graphs) {
                    if (token.startsWith(graph[0], i) && i + graph[0].length() <= end) {
                        append(out, graph[1].charAt(0));
                        used = graph[0].length();
                        break;
                    }
                }
            }
            if (used == 0 && token.charAt(i) == 'h' && i > 0 && i + 1 < end
                    && isVowelLetter(token.charAt(i - 1)) && !isVowelLetter(token.charAt(i + 1))
                    && token.charAt(i + 1) != 'h') {
                used = 1; // h between a vowel and a consonant is mostly silent or dropped: John/Jon, Ahmed/Amed
            }
            if (used == 0) {
                if (token.charAt(i) == 'x') {
                    append(out, 'k');
                    append(out, 's');
                } else {
                    append(out, single(token, i));
                }
                used = 1;
            }
            i += used;
        }
        return out.toString();
    }

    /**
     * The phonetic key without vowels and {@code y}. Consonants a vowel kept apart stay apart
     * ({@code abubakar} → {@code bbkr}, not {@code bkr}).
     */
    static String skeleton(String phonetic) {
        StringBuilder out = new StringBuilder(phonetic.length());
        for (int i = 0; i < phonetic.length(); i++) {
            char c = phonetic.charAt(i);
            if (!isVowel(c) && c != 'y') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The skeleton with the back consonants {@code h}, {@code k} and {@code c} as one: Ukrainian and Belarusian
     * write {@code h} where Russian writes {@code g} (Serhiy / Sergey), German writes {@code ch} for Russian
     * {@code kh} (Michail / Mikhail). Looser, so it is trusted less.
     */
    static String looseSkeleton(String skeleton) {
        return skeleton.replace('h', 'k').replace('c', 'k');
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }

    private static char single(String token, int i) {
        char c = token.charAt(i);
        return switch (c) {
            case 'a', 'e' -> 'a';
            case 'i' -> 'i';
            case 'o', 'u' -> 'u';
            case 'y' -> i + 1 < token.length() && isVowelLetter(token.charAt(i + 1)) ? 'y' : 'i';
            case 'c' -> i + 1 < token.length() && "eiy".indexOf(token.charAt(i + 1)) >= 0 ? 's' : 'k';
            case 'g', 'k', 'q' -> 'k';
            case 'd' -> 't';
            case 'z' -> 's';
            case 'w' -> 'v';
            default -> c;
        };
    }

    private static boolean isVowelLetter(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static void append(StringBuilder out, char cls) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != cls) {
            out.append(cls);
        }
    }
}
