package io.usdtcustody.screening.name;

import java.util.HashMap;
import java.util.Map;

/**
 * Our own romanisation of the scripts sanctioned names come in: Cyrillic (Russian, Ukrainian, Belarusian and
 * the Central Asian letters), Greek, Arabic and Persian, Hebrew, Armenian, Georgian and Korean Hangul (composed
 * syllables decomposed arithmetically), plus Latin letters that Unicode decomposition does not reduce to ASCII
 * (ß, æ, ø, ł, ı …). Letters of other scripts (Han, kana, Thai …) pass through unchanged and only ever match
 * themselves: romanising Chinese needs a dictionary of thousands of characters, which this library does not
 * carry.
 *
 * <p>The tables follow the common passport/BGN-style spellings, but they need not agree with any one
 * system: every romanised token is compared through {@link Phonetics}, which forgives exactly the
 * differences romanisation systems disagree on (kh/h/ch, y/i, ou/u, dzh/j, doubled letters …). Arabic
 * script writes no short vowels, so an Arabic token is mostly a consonant skeleton already; its long-vowel
 * letters become vowels inside a word and consonants at its start.
 */
final class Transliteration {
    private static final Map<Integer, String> TABLE = new HashMap<>(512);
    private static final String ARABIC_WAW = "\u0648";
    private static final String ARABIC_YEH = "\u064A\u06CC\u0649";
    private static final String ARABIC_AIN = "\u0639";
    // Hangul syllables are composed arithmetically from initial, vowel and final jamo; written here the
    // McCune-Reischauer way most sanctions lists use for Korean names (김정은 → kim jong un)
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final String[] HANGUL_INITIAL = "k kk n t tt r m p pp s ss - j tch ch k t p h".split(" ");
    private static final String[] HANGUL_VOWEL = "a ae ya yae o e yo ye o wa wae oe yo u wo we wi yu u ui i".split(" ");
    private static final String[] HANGUL_FINAL = "- k kk ks n nj nh t l lk lm lb ls lt lp lh m p ps t ss ng t t k t p h"
            .split(" ");

    static {
        pairs("а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh "
                + "ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю yu я ya є ye і i ї yi ґ g ў u қ k ғ gh ң ng ү u ұ u "
                + "һ h ә a ө o ҳ kh ҷ j џ dzh ђ dj ћ ch љ lj њ nj ј j ѕ dz");
        pairs("α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f "
                + "χ ch ψ ps ω o");
        // Arabic and Persian; hamza carriers and ta marbuta as vowels, tatweel and hamza alone dropped
        pairs("ا a أ a إ i آ a ٱ a ء - ؤ u ئ i ب b ت t ث th ج j ح h خ kh د d ذ dh ر r ز z س s ش sh ص s "
                + "ض d ط t ظ z غ gh ف f ق q ك k ل l م m ن n ه h ة a پ p چ ch ژ zh گ g ک k ـ -");
        pairs("א - ב b ג g ד d ה h ו v ז z ח kh ט t י y כ k ך k ל l מ m ם m נ n ן n ס s ע - פ p ף f "
                + "צ ts ץ ts ק k ר r ש sh ת t");
        pairs("ա a բ b գ g դ d ե e զ z է e ը y թ t ժ zh ի i լ l խ kh ծ ts կ k հ h ձ dz ղ gh ճ ch մ m "
                + "յ y ն n շ sh ո o չ ch պ p ջ j ռ r ս s վ v տ t ր r ց ts ւ v փ p ք k օ o ֆ f և ev");
        pairs("ა a ბ b გ g დ d ე e ვ v ზ z თ t ი i კ k ლ l მ m ნ n ო o პ p ჟ zh რ r ს s ტ t უ u ფ p "
                + "ქ k ღ gh ყ q შ sh ჩ ch ც ts ძ dz წ ts ჭ ch ხ kh ჯ j ჰ h");
        pairs("ß ss æ ae œ oe ø o đ d ð d þ th ł l ı i ħ h ŋ ng ĸ k ſ s ƒ f ŀ l ĳ ij ə a");
    }

    static {
        for (String[] table : new String[][] {HANGUL_INITIAL, HANGUL_FINAL}) {
            for (int i = 0; i < table.length; i++) {
                table[i] = table[i].equals("-") ? "" : table[i];
            }
        }
    }

    private Transliteration() {
    }

    /**
     * Appends the Latin letters for {@code codePoint} (lower case) and returns true, or returns false when it is
     * not in a table. {@code wordStart}: whether it begins a word (Arabic waw/yeh/ain read differently there).
     */
    static boolean appendLatin(int codePoint, boolean wordStart, StringBuilder out) {
        if (codePoint >= HANGUL_FIRST && codePoint <= HANGUL_LAST) {
            int index = codePoint - HANGUL_FIRST;
            out.append(HANGUL_INITIAL[index / 588]).append(HANGUL_VOWEL[(index % 588) / 28])
                    .append(HANGUL_FINAL[index % 28]);
            return true;
        }
        int lower = Character.toLowerCase(codePoint);
        if (isArabicLetter(lower)) {
            String s = String.valueOf((char) lower);
            if (ARABIC_WAW.contains(s)) {
                out.append(wordStart ? "w" : "u");
                return true;
            }
            if (ARABIC_YEH.contains(s)) {
                out.append(wordStart ? "y" : "i");
                return true;
            }
            if (ARABIC_AIN.contains(s)) {
                out.append(wordStart ? "a" : "");
                return true;
            }
        }
        String latin = TABLE.get(lower);
        if (latin == null) {
            return false;
        }
        if (!latin.equals("-")) {
            out.append(latin);
        }
        return true;
    }

    /** Arabic-script letters, whose words carry the article attached ({@code الرشيد}). */
    static boolean isArabicLetter(int codePoint) {
        return codePoint >= 0x0620 && codePoint <= 0x06FF;
    }

    private static void pairs(String spec) {
        String[] parts = spec.trim().split("\\s+");
        if (parts.length % 2 != 0) {
            throw new IllegalStateException("transliteration table has an odd number of items");
        }
        for (int i = 0; i < parts.length; i += 2) {
            int letter = parts[i].codePointAt(0);
            TABLE.put(letter, parts[i + 1]);
        }
    }
}
