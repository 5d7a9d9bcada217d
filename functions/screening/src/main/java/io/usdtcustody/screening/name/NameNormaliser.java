package io.usdtcustody.screening.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a name as typed or listed into lower-case ASCII word tokens: other scripts romanised by
 * {@link Transliteration}, accents removed (Unicode decomposition, part of the JDK), apostrophes and the
 * Arabic ayn written as one dropped so {@code Sa'id} is {@code said}, every other punctuation mark a word
 * break. Letters written with dots and no spaces ({@code S.A.}, {@code U.S.}) stay one token, marked as an
 * acronym so a person's {@code J.P.} can still be read as two initials. Han, kana and Hangul characters
 * are one token each (Hangul romanised): those scripts do not separate names by spaces.
 */
final class NameNormaliser {
    private static final String JOINERS = "'’‘`´ʻʼʹʾʿ";

    /** A word of a name; {@code arabicScript} when it was written in Arabic letters (article attached). */
    record RawToken(String text, boolean arabicScript, boolean acronym) {
    }

    private NameNormaliser() {
    }

    static List<RawToken> tokens(String name) {
        List<RawToken> tokens = new ArrayList<>(6);
        StringBuilder word = new StringBuilder(16);
        boolean arabic = false;
        List<String> dotted = new ArrayList<>(4);
        int i = 0;
        int n = name.length();
        while (i < n) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 && cp != '.' && cp != '\'' && cp != '`') {
                if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                    word.append((char) cp);
                } else if (cp >= 'A' && cp <= 'Z') {
                    word.append((char) (cp + 32));
                } else {
                    flush(tokens, word, arabic, dotted);
                    arabic = false;
                }
                continue; // the common case, kept cheap
            }
            if (JOINERS.indexOf(cp) >= 0) {
                continue;
            }
            if (isOwnTokenScript(cp)) {
                flush(tokens, word, arabic, dotted);
                StringBuilder syllable = new StringBuilder(4);
                if (!Transliteration.appendLatin(cp, true, syllable)) {
                    syllable.appendCodePoint(Character.toLowerCase(cp));
                }
                tokens.add(new RawToken(syllable.toString(), false, false));
                continue;
            }
            if (Transliteration.appendLatin(cp, word.length() == 0, word)) {
                arabic |= Transliteration.isArabicLetter(cp);
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                appendFolded(cp, word);
                continue;
            }
            if (cp == '.' && word.length() == 1 && Character.isLetter(word.charAt(0))
                    && (i >= n || Character.isLetter(name.codePointAt(i)) || dotted.size() > 0)) {
                dotted.add(word.toString());
                word.setLength(0);
                continue;
            }
            flush(tokens, word, arabic, dotted);
            arabic = false;
        }
        flush(tokens, word, arabic, dotted);
        return tokens;
    }

    private static void flush(List<RawToken> tokens, StringBuilder word, boolean arabic, List<String> dotted) {
        if (!dotted.isEmpty()) {
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                dotted.add(word.toString());
                word.setLength(0);
            }
            tokens.add(new RawToken(String.join("", dotted), false, dotted.size() > 1));
            dotted.clear();
        }
        if (word.length() > 0) {
            tokens.add(new RawToken(word.toString(), arabic, false));
            word.setLength(0);
        }
    }

    /** Accents off, lower case; letters with no ASCII base (other scripts) kept as they are. */
    private static void appendFolded(int cp, StringBuilder out) {
        if (cp < 128) {
            out.append(Character.toLowerCase((char) cp));
            return;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        for (int j = 0; j < decomposed.length(); j++) {
            char d = decomposed.charAt(j);
            if (d < 128 && Character.isLetterOrDigit(d)) {
                out.append(Character.toLowerCase(d));
            } else if (Character.isLetterOrDigit(d)) {
                StringBuilder latin = new StringBuilder(2);
                if (Transliteration.appendLatin(d, out.length() == 0, latin)) {
                    out.append(latin);
                } else {
                    out.append(Character.toLowerCase(d));
                }
            }
        }
    }

    private static boolean isOwnTokenScript(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
