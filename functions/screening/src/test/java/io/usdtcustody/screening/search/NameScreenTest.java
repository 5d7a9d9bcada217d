package io.usdtcustody.screening.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.screening.fixture.OfacFixture;
import io.usdtcustody.screening.list.NameKind;
import io.usdtcustody.screening.name.NameMatcher;
import io.usdtcustody.screening.name.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NameScreenTest {
    private static final int PRIGOZHIN = 21171;
    private static final int KIM_JONG_UN = 20157;
    private static final int BANCO_NACIONAL_DE_CUBA = 306;
    private static final NameScreen SCREEN = NameScreen.of(OfacFixture.list(), new NameMatcher(OfacFixture.weights()));

    @Test
    void screen_shouldFindTheEntry_whenTheNameIsAnotherSpellingInAnotherOrderAndScript() {
        for (String name : List.of("Yevgeny Prigozhin", "Евгений Викторович Пригожин", "prigojin evgeniy",
                "Evgeny Prigozhin")) {
            assertThat(SCREEN.screen(ScreeningQuery.of(name, Schema.PERSON))).as(name)
                    .first().satisfies(hit -> {
                        assertThat(hit.entryId()).isEqualTo(PRIGOZHIN);
                        assertThat(hit.match()).isTrue();
                        assertThat(hit.programs()).contains("RUSSIA-EO14024");
                    });
        }
    }

    @Test
    void screen_shouldNameTheAliasThatMatched_whenAnAliasFitsBest() {
        NameHit hit = SCREEN.screen(ScreeningQuery.of("National Bank of Cuba")).get(0);
        assertThat(hit.entryId()).isEqualTo(BANCO_NACIONAL_DE_CUBA);
        assertThat(hit.primaryName()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(hit.matchedName()).isEqualTo("NATIONAL BANK OF CUBA");
        assertThat(hit.matchedNameKind()).isEqualTo(NameKind.AKA);
        assertThat(hit.explanation()).contains("cuba = cuba");
    }

    @Test
    void screen_shouldNotMatchPeopleToCompanies_whenTheQuerySaysWhichItIs() {
        assertThat(SCREEN.screen(ScreeningQuery.of("Lazarus Group", Schema.PERSON))).isEmpty();
        assertThat(SCREEN.screen(ScreeningQuery.of("Lazarus Group", Schema.COMPANY))).extracting(NameHit::entryId)
                .contains(27307);
        assertThat(SCREEN.screen(ScreeningQuery.of("Kim Jong Un", Schema.ORGANIZATION)))
                .noneMatch(h -> h.entryId() == KIM_JONG_UN);
        assertThat(SCREEN.screen(ScreeningQuery.of("Kim Jong Un"))).extracting(NameHit::entryId).contains(KIM_JONG_UN);
    }

    @Test
    void screen_shouldRaiseTheScore_whenTheDateOfBirthIsTheListedOne() {
        double plain = score("Kim Jung Un", null);
        assertThat(plain).isLessThan(1.0);
        assertThat(score("Kim Jung Un", LocalDate.of(1984, 1, 8))).isGreaterThan(plain);
        assertThat(explanation("Kim Jung Un", LocalDate.of(1984, 1, 8))).contains("date of birth matches (listed 08 Jan 1984)");
    }

    @Test
    void screen_shouldLowerTheScore_whenTheDateOfBirthIsYearsApart() {
        double plain = score("Kim Jong Un", null);
        assertThat(score("Kim Jong Un", LocalDate.of(1984, 3, 1))).isLessThan(plain).isGreaterThan(plain - 0.1);
        assertThat(score("Kim Jong Un", LocalDate.of(1950, 3, 1))).isLessThan(plain - 0.2);
        assertThat(explanation("Kim Jong Un", LocalDate.of(1950, 3, 1))).contains("date of birth differs from listed 08 Jan 1984");
    }

    @Test
    void search_shouldReturnNearMissesBelowTheThreshold_whenAskedForCandidates() {
        List<NameHit> hits = SCREEN.search(ScreeningQuery.of("Roman Semenov", Schema.PERSON), 5, 0.3);
        assertThat(hits).hasSizeLessThanOrEqualTo(5).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(hits.get(0).entryId()).isEqualTo(44718);
        assertThat(hits).anyMatch(h -> !h.match());
    }

    @Test
    void screen_shouldFindNothing_whenTheNameIsNotListed() {
        assertThat(SCREEN.screen(ScreeningQuery.of("Annika Lindqvist", Schema.PERSON))).isEmpty();
        assertThat(SCREEN.screen(ScreeningQuery.of("Blue Harbour Bakery Ltd", Schema.COMPANY))).isEmpty();
    }

    @Test
    void screen_shouldGiveTheSameHits_whenScreensRunOnManyThreadsAtOnce() {
        List<String> names = List.of("Yevgeny Prigozhin", "Kim Jong Un", "National Bank of Cuba", "Lazarus Group");
        ConcurrentHashMap<String, List<NameHit>> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 400).parallel().forEach(i -> {
            String name = names.get(i % names.size());
            List<NameHit> hits = SCREEN.screen(ScreeningQuery.of(name));
            assertThat(seen.computeIfAbsent(name, n -> hits)).isEqualTo(hits);
        });
    }

    @Test
    void query_shouldBeRefused_whenTheNameIsBlankOrAbsurdlyLong() {
        assertThatThrownBy(() -> ScreeningQuery.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScreeningQuery.of("x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
    }

    private static double score(String name, LocalDate dob) {
        return hit(name, dob).score();
    }

    private static String explanation(String name, LocalDate dob) {
        return hit(name, dob).explanation();
    }

    private static NameHit hit(String name, LocalDate dob) {
        ScreeningQuery q = dob == null ? ScreeningQuery.of(name, Schema.PERSON) : ScreeningQuery.of(name, Schema.PERSON, dob);
        return SCREEN.search(q, 10, 0).stream().filter(h -> h.entryId() == KIM_JONG_UN).findFirst().orElseThrow();
    }
}
