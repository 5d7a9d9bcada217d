package io.usdtcustody.screening.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes realistic variants of a listed name, the way customers, registries and other lists write it:
 * given name first, other case, accents, another romanisation, initials, a dropped patronymic, a typo, other
 * legal forms, punctuation, Cyrillic script, particles written together. Each operation returns null when it
 * does not apply. The romanisation rules are letter-group swaps that real systems disagree on, not a list of
 * names; they are the generator's own and share no code with the matcher.
 */
final class VariantGenerator {
    private static final String[][] ROMANISATION = {
        {"ou", "u"}, {"u", "ou"}, {"oo", "u"}, {"o", "u"}, {"u", "o"}, {"e", "a"}, {"a", "e"}, {"ee", "i"},
        {"i", "ee"}, {"y$", "i"}, {"iy$", "y"}, {"iy$", "ii"}, {"y$", "iy"}, {"ii$", "iy"}, {"kh", "h"},
        {"kh", "ch"}, {"j", "dj"}, {"dzh", "j"}, {"zh", "j"}, {"j", "zh"}, {"sh", "sch"}, {"ch", "tch"},
        {"ch", "tsch"}, {"v", "w"}, {"w", "v"}, {"ph", "f"}, {"f", "ph"}, {"x", "ks"}, {"ks", "x"}, {"q", "k"},
        {"dh", "d"}, {"th", "t"}, {"ts", "tz"}, {"yu", "iu"}, {"ya", "ia"}, {"^ye", "e"}, {"^e", "ye"},
        {"ov$", "off"}, {"ov$", "ow"}, {"ev$", "eff"}, {"sky$", "ski"}, {"skiy$", "sky"}, {"ai", "ay"},
        {"ay", "ai"}, {"ei", "ey"}, {"gh", "g"}, {"g", "gh"}, {"c(?=[aou])", "k"}, {"([bdfgklmnprst])\\1", "$1"},
        {"(?<=[aeiou])([mnlrsd])(?=[aeiou])", "$1$1"}, {"ie", "ye"}, {"yev", "ev"},
    };
    private static final String[][] ACCENTS = {
        {"a", "áàâä"}, {"e", "éèêë"}, {"i", "íï"}, {"o", "óöô"}, {"u", "úü"}, {"c", "çč"}, {"n", "ñ"},
        {"s", "şš"}, {"z", "ž"}, {"g", "ğ"},
    };
    private static final String[] LEGAL_FORMS = {"LTD", "LIMITED", "LLC", "CO., LTD.", "COMPANY LIMITED", "INC.",
        "GMBH", "JSC", "OOO", "LIMITED LIABILITY COMPANY", "S.A.", "CORPORATION", "CO.", "PJSC", "AO"};
    private static final String KEYBOARD = "qwertyuiopasdfghjklzxcvbnm";

    private final Random random;

    VariantGenerator(Random random) {
        this.random = random;
    }

    /** {@code SURNAME, Given Names} → {@code Given Names Surname} in title case (how a customer types it). */
    String queryStyle(String name, boolean person) {
        String n = name;
        int comma = n.indexOf(", ");
        if (person && comma > 0 && n.indexOf(", ", comma + 1) < 0) {
            n = n.substring(comma + 2) + " " + n.substring(0, comma);
        }
        return titleCase(n);
    }

    String reorder(String name) {
        List<String> words = new ArrayList<>(List.of(name.replace(",", "").split(" ")));
        if (words.size() < 2) {
            return null;
        }
        String first = words.remove(0);
        words.add(first);
        return String.join(" ", words);
    }

    String caseChange(String name) {
        return switch (random.nextInt(3)) {
            case 0 -> name.toLowerCase(Locale.ROOT);
            case 1 -> name.toUpperCase(Locale.ROOT);
            default -> titleCase(name);
        };
    }

    String accents(String name) {
        StringBuilder out = new StringBuilder(name);
        int changed = 0;
        for (int attempt = 0; attempt < 20 && changed < 1 + random.nextInt(2); attempt++) {
            int i = random.nextInt(out.length());
            char c = out.charAt(i);
            for (String[] a : ACCENTS) {
                if (Character.toLowerCase(c) == a[0].charAt(0)) {
                    char accented = a[1].charAt(random.nextInt(a[1].length()));
                    out.setCharAt(i, Character.isUpperCase(c) ? Character.toUpperCase(accented) : accented);
                    changed++;
                    break;
                }
            }
        }
        return changed == 0 ? null : out.toString();
    }

    /** One or two romanisation swaps in random words. */
    String romanisation(String name) {
        String[] words = name.split(" ");
        int changed = 0;
        for (int attempt = 0; attempt < 30 && changed < 1 + random.nextInt(2); attempt++) {
            int w = random.nextInt(words.length);
            String word = words[w];
            String[] rule = ROMANISATION[random.nextInt(ROMANISATION.length)];
            String lower = word.toLowerCase(Locale.ROOT);
            String replaced = lower.replaceFirst(rule[0], rule[1]);
            if (!replaced.equals(lower) && lower.length() >= 3) {
                words[w] = sameCase(word, replaced);
                changed++;
            }
        }
        return changed == 0 ? null : String.join(" ", words);
    }

    /** Given names to initials: {@code Vladimir Putin} → {@code V. Putin}; keeps the last word (surname). */
    String initials(String queryStyleName) {
        String[] words = queryStyleName.split(" ");
        if (words.length < 2) {
            return null;
        }
        int k = words.length == 2 ? 0 : random.nextInt(words.length - 1);
        if (words[k].length() < 2) {
            return null;
        }
        words[k] = words[k].substring(0, 1) + ".";
        return String.join(" ", words);
    }

    /** Drops a middle word (a patronymic or second given name) of a three-word-or-longer person name. */
    String dropMiddle(String queryStyleName) {
        String[] words = queryStyleName.split(" ");
        if (words.length < 3) {
            return null;
        }
        List<String> kept = new ArrayList<>(List.of(words));
        kept.remove(1 + random.nextInt(words.length - 2));
        return String.join(" ", kept);
    }

    /** One typing error in a word of five letters or more. */
    String typo(String name) {
        String[] words = name.split(" ");
        for (int attempt = 0; attempt < 10; attempt++) {
            int w = random.nextInt(words.length);
            String word = words[w];
            if (word.length() < 5 || !word.matches("\\p{L}+")) {
                continue;
            }
            int i = 1 + random.nextInt(word.length() - 2);
            StringBuilder b = new StringBuilder(word);
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(i);
                case 1 -> {
                    char c = b.charAt(i);
                    b.setCharAt(i, b.charAt(i + 1));
                    b.setCharAt(i + 1, c);
                }
                case 2 -> b.setCharAt(i, sameCase(b.charAt(i), neighbour(b.charAt(i))));
                default -> b.insert(i, b.charAt(i));
            }
            if (!b.toString().equals(word)) {
                words[w] = b.toString();
                return String.join(" ", words);
            }
        }
        return null;
    }

    /** Another legal form, none, or {@code THE} in front. */
    String legalForm(String name, List<String> knownForms) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String form : knownForms) {
            String suffix = " " + form;
            if (upper.endsWith(suffix) || upper.endsWith("," + suffix)) {
                String stem = name.substring(0, name.length() - suffix.length()).replaceAll(",$", "");
                return random.nextBoolean() ? stem : stem + " " + LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
            }
        }
        return switch (random.nextInt(3)) {
            case 0 -> "THE " + name;
            case 1 -> LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)] + " " + name;
            default -> name + " " + LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
        };
    }

    /** Commas and full stops dropped, hyphens to spaces (or the reverse for two-part words). */
    String punctuation(String name) {
        String p = name.replace(",", "").replace(".", "");
        p = random.nextBoolean() ? p.replace("-", " ") : p.replace("-", "");
        return p.equals(name) ? null : p;
    }

    /** Particles and hyphenated parts written together: {@code Abd al-Rahman} → {@code Abdalrahman}. */
    String joinParticle(String name) {
        String joined = name.replaceFirst("(?i)\\b(abd|abu|abdul|abdel|bin|al|el)[ -](al-)?", "$1$2")
                .replace("-", "");
        joined = joined.replaceAll("(?i)(abd)(al-)", "$1al");
        return joined.equals(name) ? null : joined;
    }

    String cyrillic(String name) {
        return name.matches("[A-Za-z ,.'-]+") ? CyrillicRendering.render(name) : null;
    }

    static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }

    private static String sameCase(String original, String lower) {
        if (original.equals(original.toUpperCase(Locale.ROOT))) {
            return lower.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return lower;
    }

    private static char sameCase(char original, char c) {
        return Character.isUpperCase(original) ? Character.toUpperCase(c) : c;
    }

    private char neighbour(char c) {
        int k = KEYBOARD.indexOf(Character.toLowerCase(c));
        if (k < 0) {
            return c;
        }
        int row = k < 10 ? 0 : k < 19 ? 10 : 19;
        int end = k < 10 ? 9 : k < 19 ? 18 : 25;
        int n = k == row ? k + 1 : k == end ? k - 1 : (random.nextBoolean() ? k - 1 : k + 1);
        return KEYBOARD.charAt(n);
    }
}
