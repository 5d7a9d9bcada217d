package io.usdtcustody.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    @Test
    void tokens_shouldFoldCaseAccentsAndPunctuation_whenTheNameIsLatin() {
        assertThat(texts("JOSÉ  Álvarez-Muñoz, Jr.")).containsExactly("jose", "alvarez", "munoz", "jr");
        assertThat(texts("Sa'id O’Brien")).containsExactly("said", "obrien");
        assertThat(texts("Straße Łódź Øresund")).containsExactly("strasse", "lodz", "oresund");
    }

    @Test
    void tokens_shouldRomaniseOtherScripts_whenTheNameIsCyrillicGreekArabicOrHangul() {
        assertThat(texts("Владимир Путин")).containsExactly("vladimir", "putin");
        assertThat(texts("Щербаков Юрий")).containsExactly("shcherbakov", "yuriy");
        assertThat(texts("Μιχάλης")).containsExactly("michalis");
        assertThat(texts("محمد يوسف")).containsExactly("mhmd", "yusf");
        assertThat(texts("김정은")).containsExactly("kim", "jong", "un");
    }

    @Test
    void tokens_shouldKeepDottedLettersTogether_whenWrittenAsAnAcronym() {
        List<NameNormaliser.RawToken> tokens = NameNormaliser.tokens("Y.A.S. CO LTD. J. Smith");
        assertThat(tokens).extracting(NameNormaliser.RawToken::text).containsExactly("yas", "co", "ltd", "j", "smith");
        assertThat(tokens.get(0).acronym()).isTrue();
        assertThat(tokens.get(3).acronym()).isFalse();
    }

    @Test
    void tokens_shouldMarkArabicScriptWords_whenTheArticleIsWrittenAttached() {
        assertThat(NameNormaliser.tokens("الرشيد").get(0).arabicScript()).isTrue();
        assertThat(NameNormaliser.tokens("Rashid").get(0).arabicScript()).isFalse();
    }

    private static List<String> texts(String name) {
        return NameNormaliser.tokens(name).stream().map(NameNormaliser.RawToken::text).toList();
    }
}
