package io.usdtcustody.screening.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.screening.fixture.OfacFixture;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {
    private final NameMatcher matcher = new NameMatcher(OfacFixture.weights());

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Vladimir Putin | PUTIN, Vladimir Vladimirovich | Person
            Владимир Владимирович Путин | Vladimir Vladimirovich PUTIN | Person
            Mohammed Yusuf Al-Rashid | AL-RASHID, Muhammad Yousef | Person
            Muammar Gaddafi | QADHAFI, Muammar | Person
            Abdulrahman Ahmed | AHMED, Abd al-Rahman | Person
            Osama bin Laden | Usama BIN LADIN | Person
            Sergey Arbuzov | ARBUZOV, Serhiy | Person
            Aleksandr Lukashenko | Alyaksandr Lukashenka | Person
            Аляксандр Лукашэнка | Alexander Lukashenko | Person
            بشار الأسد | Bashar al-Assad | Person
            김정은 | Kim Jong Un | Person
            J. Smith | SMITH, John | Person
            Abubakar Shekau | SHEKAU, Abu Bakr | Person
            Joaquín Guzmán Loera | GUZMAN LOERA, Joaquin Archivaldo | Person
            Khodorkovsky Mikhail | Chodorkowski Michail | Person
            Romashka LLC | OOO Romashka | Company
            ООО «Ромашка» | Limited Liability Company Romashka | Company
            The Hydra Market | HYDRA MARKET |
            Rosoboronexport | ROSOBORONEXPROT | Organization
            BELKAPSTEEL CO | BEL-KAP-STEEL LLC | Company
            """)
    void score_shouldMatch_whenNamesAreVariantsOfOneName(String first, String second, String schema) {
        NameComparison c = matcher.compare(first, second, Schema.parseQuerySchema(schema));
        assertThat(c.score()).as(c.explanation()).isGreaterThanOrEqualTo(matcher.threshold());
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ivan Petrov | Ivan Ivanovich Sidorov | Person
            John Smith | Jane Smith | Person
            Wang Wei | Fang Wei | Person
            Wang Wei | Wong Wei | Person
            KIM, Kyong Hak | KIM, Kyong Hyok | Person
            ROSNEFT TRADING SA | ROSTEC | Company
            CIMEX IBERICA | CIMEX | Company
            RIM GROUP INVESTMENTS III CORP. | RIM GROUP INVESTMENTS, CORP. | Company
            99TH LIGHT INFANTRY DIVISION | 77TH LIGHT INFANTRY DIVISION | Organization
            Yusuf Mohammed | Mohammed Ali | Person
            Gazprom Neft | Gazprom | Company
            """)
    void score_shouldNotMatch_whenNamesAreDifferentNamesSharingWords(String first, String second, String schema) {
        NameComparison c = matcher.compare(first, second, Schema.parseQuerySchema(schema));
        assertThat(c.score()).as(c.explanation()).isLessThan(matcher.threshold());
    }

    @Test
    void compare_shouldExplainWhichWordsMatchedHow_whenNamesDiffer() {
        NameComparison c = matcher.compare("Muhammad Yousef Hassan LLC", "HASSAN, Mohammed Yusuf Ali", Schema.ANY);
        assertThat(c.explanation()).contains("hassan = hassan (same word)", "muhammad ~ mohammed (same sounds",
                "yousef ~ yusuf (same consonants", "only in second name: ali", "ignored: llc");
    }

    @Test
    void compare_shouldIgnoreWordOrderCaseAndAccents_whenTheWordsAreTheSame() {
        assertThat(matcher.score("josé MARÍA aznar", "AZNAR, Jose Maria", Schema.PERSON)).isEqualTo(1.0);
    }

    @Test
    void compare_shouldScoreZero_whenANameHasNoWords() {
        assertThat(matcher.score("", "PUTIN, Vladimir", Schema.PERSON)).isZero();
        assertThat(matcher.score("---", "---", Schema.ANY)).isZero();
    }

    @Test
    void compare_shouldPairInitialsOnlyForPeople_whenTheSchemaSaysCompany() {
        assertThat(matcher.score("A. Invest", "Alfa Invest", Schema.PERSON)).isGreaterThan(matcher.threshold());
        assertThat(matcher.score("A Invest", "Alfa Invest", Schema.COMPANY)).isLessThan(matcher.threshold());
    }

    @Property(tries = 200)
    void score_shouldLieInTheUnitIntervalAndBeOneForItself_whenGivenAnyNames(
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String a,
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String b) {
        double score = matcher.score(a + " " + b, b + " x" + a, Schema.ANY);
        assertThat(score).isBetween(0.0, 1.0);
        assertThat(matcher.score(a + " " + b, a + " " + b, Schema.ANY)).isEqualTo(1.0);
    }
}
