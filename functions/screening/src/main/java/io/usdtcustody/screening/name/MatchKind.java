package io.usdtcustody.screening.name;

/** How two words of a name were found to correspond, strongest first; used in explanations. */
public enum MatchKind {
    /** the same word after normalisation (case, accents, script) */
    EXACT("same word"),
    /** the same sounds under romanisation variants (Mohammed / Muhammad) */
    PHONETIC("same sounds"),
    /** the same consonants, vowels written differently (Yusuf / Youssef) */
    CONSONANTS("same consonants"),
    /** letters a typo or two apart */
    SPELLING("close spelling"),
    /** one word written as two (Abubakar / Abu Bakr) */
    JOINED("written together"),
    /** an initial standing for the word */
    INITIAL("initial");

    private final String description;

    MatchKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
