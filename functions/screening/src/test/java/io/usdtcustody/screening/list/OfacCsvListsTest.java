package io.usdtcustody.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.screening.name.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacCsvListsTest {
    private static SanctionsList ofac;

    @BeforeAll
    static void load() {
        ofac = OfacCsvLists.fromClasspath();
    }

    @Test
    void fromClasspath_shouldReadEveryEntryOfTheOfficialFiles_whenTheCopyIsOnTheClassPath() {
        long inSdn = ofac.entries().stream().filter(SdnEntry::inSdnFile).count();
        assertThat(inSdn).isEqualTo(14_965);
        assertThat(ofac.entries().stream().filter(e -> e.schema() == Schema.PERSON).count()).isEqualTo(6_854);
        assertThat(ofac.entries().stream().filter(e -> e.schema() == Schema.VESSEL).count()).isEqualTo(851);
        assertThat(ofac.entries().stream().mapToInt(e -> e.names().size()).sum()).isGreaterThan(14_965 + 18_000);
    }

    @Test
    void fromClasspath_shouldJoinAliasesAndReadWeakAliasesFromRemarks_whenAnEntryHasBoth() {
        SdnEntry bnc = ofac.entry(306).orElseThrow();
        assertThat(bnc.primaryName()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(bnc.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(bnc.programs()).containsExactly("CUBA");
        assertThat(bnc.names()).contains(new ListedName("NATIONAL BANK OF CUBA", NameKind.AKA),
                new ListedName("BNC", NameKind.WEAK_AKA));
    }

    @Test
    void fromClasspath_shouldReadProgramsDatesOfBirthAndAddresses_whenRemarksHoldThem() {
        SdnEntry semenov = ofac.entry(44718).orElseThrow();
        assertThat(semenov.primaryName()).isEqualTo("SEMENOV, Roman");
        assertThat(semenov.schema()).isEqualTo(Schema.PERSON);
        assertThat(semenov.addresses()).contains(
                new ListedAddress("ETH", "0xdcbEfFBECcE100cCE9E4b153C4e15cB885643193"));
        assertThat(semenov.birthDates()).isNotEmpty();
        assertThat(ofac.entriesOwning("0xdcbeffbecce100cce9e4b153c4e15cb885643193")).containsExactly(semenov);
        assertThat(ofac.entry(17018)).hasValueSatisfying(e -> assertThat(e.programs()).hasSizeGreaterThan(1));
    }

    @Test
    void fromClasspath_shouldKeepAliasesOfEntriesMissingFromSdnCsv_whenAltCsvIsNewer() {
        assertThat(ofac.entries()).filteredOn(e -> !e.inSdnFile()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.schema()).isEqualTo(Schema.ANY);
            assertThat(e.names().get(0).kind()).isEqualTo(NameKind.PRIMARY);
        });
    }

    @Test
    void fromDirectory_shouldGiveTheSameList_whenReadingLiveFilesFromADirectory(@TempDir Path dir) throws IOException {
        copy("ofac/sdn.csv", dir.resolve("sdn.csv"));
        copy("ofac/alt.csv", dir.resolve("alt.csv"));
        SanctionsList live = OfacCsvLists.fromDirectory(dir);
        assertThat(live.entries()).isEqualTo(ofac.entries());
    }

    @Test
    void fromDirectory_shouldFailLoudly_whenAFileIsMissing(@TempDir Path dir) throws IOException {
        copy("ofac/sdn.csv", dir.resolve("sdn.csv"));
        assertThatThrownBy(() -> OfacCsvLists.fromDirectory(dir)).isInstanceOf(SanctionsListException.class)
                .hasMessageContaining("alt.csv");
    }

    @Test
    void read_shouldParseOneEntry_whenGivenReadersInTheOfficialLayout() {
        String sdn = "7,\"DOE, John\",individual,\"SDGT] [IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"DOB 12 Jan 1960; alt. DOB 1961; a.k.a. 'JD'; Digital Currency Address - XBT 1BoatSLRHtKNngkdXEeobR76b53LETtpyT.\"\r\n\u001a";
        String alt = "ent_num,alt_num,alt_type,alt_name,alt_remarks\r\n7,1,fka,\"DOE, Jon\",-0- \r\n\u001a,,,,";
        SdnEntry doe = OfacCsvLists.read("test", new StringReader(sdn), new StringReader(alt)).entry(7).orElseThrow();
        assertThat(doe.names()).containsExactly(new ListedName("DOE, John", NameKind.PRIMARY),
                new ListedName("JD", NameKind.WEAK_AKA), new ListedName("DOE, Jon", NameKind.FKA));
        assertThat(doe.programs()).containsExactly("SDGT", "IRAN");
        assertThat(doe.birthDates()).hasSize(2);
        assertThat(doe.birthDates().get(0).admits(LocalDate.of(1960, 1, 12))).isTrue();
        assertThat(doe.addresses()).containsExactly(new ListedAddress("XBT", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"));
    }

    @Test
    void read_shouldFailNamingTheLine_whenARowHasTheWrongNumberOfColumns() {
        String sdn = "1,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"B\",-0- \r\n";
        assertThatThrownBy(() -> OfacCsvLists.read("t", new StringReader(sdn), new StringReader("")))
                .isInstanceOf(SanctionsListException.class).hasMessage("t/sdn.csv: line 2: expected 12 columns, found 3");
    }

    @Test
    void read_shouldFail_whenEntNumIsNotANumber() {
        String sdn = "x1,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        assertThatThrownBy(() -> OfacCsvLists.read("t", new StringReader(sdn), new StringReader("")))
                .isInstanceOf(SanctionsListException.class).hasMessageContaining("ent_num");
    }

    @Test
    void read_shouldFail_whenSdnCsvIsEmptyOrOnlyTheEndOfFileMark() {
        assertThatThrownBy(() -> OfacCsvLists.read("t", new StringReader("\u001a"), new StringReader("")))
                .isInstanceOf(SanctionsListException.class).hasMessageContaining("no entries");
    }

    @Test
    void read_shouldFail_whenQuotingIsBroken() {
        String sdn = "1,\"A,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        assertThatThrownBy(() -> OfacCsvLists.read("t", new StringReader(sdn), new StringReader("")))
                .isInstanceOf(SanctionsListException.class).hasMessageContaining("t/sdn.csv: line 1");
    }

    @Test
    void parse_shouldDropTheLastItem_whenOfacCutTheRemarksAtItsColumnLimit() {
        String cut = "DOB 1960; " + "x".repeat(960) + "; Digital Currency Address - XBT 1Boat";
        assertThat(cut.length()).isGreaterThanOrEqualTo(SdnRemarks.OFAC_COLUMN_LIMIT);
        assertThat(SdnRemarks.parse(cut).addresses()).isEmpty();
        assertThat(SdnRemarks.parse(cut).birthDates()).hasSize(1);
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = OfacCsvListsTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }
}
