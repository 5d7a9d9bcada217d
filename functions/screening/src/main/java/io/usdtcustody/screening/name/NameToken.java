package io.usdtcustody.screening.name;

/**
 * One normalised word of a name with its comparison keys ({@link Phonetics}) and its weight: how much it
 * says about identity (rare words a lot, {@code muhammad} or {@code trading} little). {@code initial} for a
 * single letter standing for a given name; {@code consonantal} for a word written in Arabic script.
 */
record NameToken(String text, String phonetic, String skeleton, String looseSkeleton, boolean initial,
        boolean consonantal, float weight) {

    static NameToken of(String text, float weight) {
        return of(text, false, weight);
    }

    /** {@code consonantal}: written in a script without short vowels (Arabic), so only consonants compare. */
    static NameToken of(String text, boolean consonantal, float weight) {
        String phonetic = Phonetics.phonetic(text);
        String skeleton = Phonetics.skeleton(phonetic);
        boolean initial = text.length() == 1 && Character.isLetter(text.charAt(0));
        return new NameToken(text, phonetic, skeleton, Phonetics.looseSkeleton(skeleton), initial, consonantal,
                weight);
    }

    boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
