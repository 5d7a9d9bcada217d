package io.usdtcustody.screening.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.screening.csv.CsvReader;
import io.usdtcustody.screening.list.OfacCsvLists;
import io.usdtcustody.screening.list.SanctionsList;
import io.usdtcustody.screening.list.SdnEntry;
import io.usdtcustody.screening.name.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prebuilt screen image ({@code ofac/screen.image}, written by the build) stands in for parsing the shipped
 * list only where it changes nothing: same hits for every name of the labelled evaluation set, the same entries,
 * and a parsed screen whenever the files are not the ones it was made from.
 */
class ScreenImageTest {
    private static final String EVALUATION_SET = "evaluation/ofac-name-pairs.csv";
    private static SanctionsList shipped;
    private static NameScreen fromImage;
    private static NameScreen parsed;

    @BeforeAll
    static void screens() {
        shipped = OfacCsvLists.fromClasspath();
        fromImage = ScreenImage.read(shipped).orElseThrow();
        SanctionsList.SourceFiles files = shipped.files().orElseThrow();
        parsed = NameScreen.of(OfacCsvLists.read("classpath:ofac", new StringReader(OfacCsvLists.text(files.sdnCsv())),
                new StringReader(OfacCsvLists.text(files.altCsv()))));
    }

    @Test
    void search_shouldFindTheSameHits_whenTheScreenIsReadFromTheImageInsteadOfParsed() throws IOException {
        List<ScreeningQuery> queries = evaluationQueries();

        assertThat(queries).hasSizeGreaterThan(10_000);
        for (ScreeningQuery query : queries) {
            assertThat(fromImage.search(query, 10, 0.3)).as(query.name()).isEqualTo(parsed.search(query, 10, 0.3));
            assertThat(fromImage.screen(query)).as(query.name()).isEqualTo(parsed.screen(query));
        }
    }

    @Test
    void of_shouldReadTheImage_whenTheListIsTheShippedOne() {
        NameScreen screen = NameScreen.of(OfacCsvLists.fromClasspath());

        assertThat(screen.search(ScreeningQuery.of("Bank Melli Iran", Schema.ORGANIZATION), 5, 0.5))
                .isEqualTo(parsed.search(ScreeningQuery.of("Bank Melli Iran", Schema.ORGANIZATION), 5, 0.5))
                .isNotEmpty();
        assertThat(screen.list().source()).isEqualTo("classpath:ofac");
    }

    @Test
    void of_shouldServeThePrefetchedScreen_whenTheListIsReadFromTheSameFiles() {
        NameScreen.prefetchShipped();
        SanctionsList list = OfacCsvLists.fromClasspath();

        NameScreen screen = NameScreen.of(list);

        assertThat(ScreenPrefetch.forList(list)).isPresent();
        assertThat(screen.list()).isSameAs(list);
        for (String name : List.of("Bank Melli Iran", "Kim Jong Un", "Jane Example Doe")) {
            assertThat(screen.search(ScreeningQuery.of(name), 10, 0.3)).isEqualTo(parsed.search(ScreeningQuery.of(name), 10, 0.3));
        }
        SanctionsList.SourceFiles files = shipped.files().orElseThrow();
        assertThat(ScreenPrefetch.forList(OfacCsvLists.fromBytes("other", files.altCsv(), files.sdnCsv()))).isEmpty();
    }

    @Test
    void entries_shouldEqualTheParsedOnes_whenEachIsParsedFromItsRows() {
        List<SdnEntry> expected = parsed.list().entries();
        SanctionsList.SourceFiles files = shipped.files().orElseThrow();
        OfacCsvLists.Parsed withRows = OfacCsvLists.readWithRows("classpath:ofac",
                new StringReader(OfacCsvLists.text(files.sdnCsv())), new StringReader(OfacCsvLists.text(files.altCsv())));

        List<SdnEntry> fromRows = new ArrayList<>();
        for (int e = 0; e < withRows.rows().size(); e++) {
            fromRows.add(OfacCsvLists.entryFromRows(withRows.rows(), e, OfacCsvLists.text(files.sdnCsv()),
                    OfacCsvLists.text(files.altCsv())));
        }

        assertThat(fromRows).isEqualTo(expected);
        assertThat(fromImage.list().entries()).isEqualTo(expected);
    }

    @Test
    void of_shouldParseTheFiles_whenTheyAreNotTheFilesTheImageWasMadeFrom() {
        SanctionsList.SourceFiles files = shipped.files().orElseThrow();
        String sdn = OfacCsvLists.text(files.sdnCsv());
        String withoutFirstEntry = sdn.substring(sdn.indexOf('\n') + 1);
        SanctionsList replaced = OfacCsvLists.fromBytes("replaced", withoutFirstEntry.getBytes(StandardCharsets.UTF_8),
                files.altCsv());
        SdnEntry dropped = parsed.list().entries().get(0);

        NameScreen screen = NameScreen.of(replaced);

        assertThat(ScreenImage.read(replaced)).isEmpty();
        // what remains of the entry is what alt.csv alone says (a listing newer than sdn.csv), not the shipped entry
        assertThat(screen.list().entry(dropped.id())).get().extracting(SdnEntry::inSdnFile).isEqualTo(false);
        assertThat(screen.screen(ScreeningQuery.of(dropped.primaryName())))
                .noneMatch(hit -> hit.entryId() == dropped.id() && hit.programs().equals(dropped.programs()));
    }

    @Test
    void madeFrom_shouldHold_whenTheBuildWroteTheImageOfTheShippedFiles() throws IOException {
        byte[] image;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ScreenImage.RESOURCE)) {
            assertThat(in).as("the build writes " + ScreenImage.RESOURCE).isNotNull();
            image = in.readAllBytes();
        }
        SanctionsList.SourceFiles files = shipped.files().orElseThrow();

        assertThat(ScreenImage.madeFrom(image, files.sdnCsv(), files.altCsv())).isTrue();
        assertThat(ScreenImage.madeFrom(image, files.altCsv(), files.sdnCsv())).isFalse();
    }

    /** Both names of every labelled pair, with the pair's schema. */
    private static List<ScreeningQuery> evaluationQueries() throws IOException {
        List<ScreeningQuery> queries = new ArrayList<>();
        try (InputStream in = ScreenImageTest.class.getClassLoader().getResourceAsStream(EVALUATION_SET)) {
            CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            csv.next();
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                Schema schema = Schema.parseQuerySchema(row.get(2));
                queries.add(ScreeningQuery.of(row.get(0), schema));
                queries.add(ScreeningQuery.of(row.get(1), schema));
            }
        }
        return queries;
    }
}
