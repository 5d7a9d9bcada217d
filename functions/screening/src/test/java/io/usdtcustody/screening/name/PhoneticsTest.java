package io.usdtcustody.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PhoneticsTest {

    @Test
    void phonetic_shouldBeEqual_whenSpellingsAreCommonRomanisationVariants() {
        assertThat(Phonetics.phonetic("mohammed")).isEqualTo(Phonetics.phonetic("muhammad"))
                .isEqualTo(Phonetics.phonetic("mohamad"));
        assertThat(Phonetics.phonetic("shevchenko")).isEqualTo(Phonetics.phonetic("schewtschenko"));
        assertThat(Phonetics.phonetic("gaddafi")).isEqualTo(Phonetics.phonetic("qadhafi"));
        assertThat(Phonetics.phonetic("alexander")).isEqualTo(Phonetics.phonetic("aleksander"));
    }

    @Test
    void skeleton_shouldKeepOnlyConsonants_whenVowelsAreSpelledDifferently() {
        assertThat(skeleton("yusuf")).isEqualTo(skeleton("youssef")).isEqualTo(skeleton("yousef")).isEqualTo("sf");
        assertThat(skeleton("hussein")).isEqualTo(skeleton("husayn")).isEqualTo(skeleton("hossain"));
        assertThat(skeleton("abubakar")).isEqualTo("bbkr");
    }

    @Test
    void looseSkeleton_shouldJoinBackConsonants_whenUkrainianHMeetsRussianG() {
        assertThat(Phonetics.looseSkeleton(skeleton("serhiy"))).isEqualTo(Phonetics.looseSkeleton(skeleton("sergey")));
    }

    @Property
    void phonetic_shouldUseOnlyClassLetters_whenGivenAnyLowerCaseWord(
            @ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 1, max = 20) String word) {
        assertThat(Phonetics.phonetic(word)).matches("[abcfhjklmnprstuvyi]*");
        assertThat(skeleton(word)).doesNotContain("a", "i", "u", "y");
    }

    private static String skeleton(String word) {
        return Phonetics.skeleton(Phonetics.phonetic(word));
    }
}
