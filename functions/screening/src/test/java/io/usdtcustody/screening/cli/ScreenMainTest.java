package io.usdtcustody.screening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.model.json.JsonCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreenMainTest {
    private final JsonCodec json = new JsonCodec();

    /** What one run printed and returned. */
    private record Run(int exit, String out, String err) {
    }

    @Test
    void names_shouldWriteOneScoredRowPerInputRowInOrder_whenTheCsvHasASchemaColumn() {
        Run run = run("names", """
                name1,name2,schema\r
                Vladimir Putin,"PUTIN, Vladimir Vladimirovich",Person\r
                "ROMASHKA, OOO",Romashka LLC,Company\r
                Ivan Petrov,Ivan Ivanovich Sidorov,\r
                "Say ""Hi"" Trading",Hydra Market,Organization\r
                """);
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        String[] lines = run.out().split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("score,decision");
        assertThat(lines[1]).matches("0\\.9\\d{3},match");
        assertThat(lines[2]).isEqualTo("1.0000,match");
        assertThat(lines[3]).matches("0\\.[0-6]\\d{3},no-match");
        assertThat(lines[4]).matches("0\\.\\d{4},no-match");
    }

    @Test
    void names_shouldAcceptTwoColumnsABomAndBlankLines_whenTheSchemaIsLeftOut() {
        Run run = run("names", "\ufeffname1,name2\nKim Jong Un,\"KIM, Jong Un\"\n\nJohn Smith,Jane Smith\n");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("score,decision\r\n1.0000,match\r\n" + run.out().split("\r\n")[2] + "\r\n");
        assertThat(run.out().split("\r\n")[2]).endsWith(",no-match");
    }

    @Test
    void names_shouldWriteOnlyTheHeader_whenThereAreNoRows() {
        assertThat(run("names", "name1,name2,schema\n")).isEqualTo(new Run(0, "score,decision\r\n", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "first,second\nA,B\n",
        "name1,name2,schema\nA,B\nC,D,Person\n",
        "name1,name2,schema\nA,B,Person,extra\n",
        "name1,name2,schema\nA,B,Vessel\n",
        "name1,name2\n\"A,B\n",
        "name1,name2\nA\"x,B\n",
    })
    void names_shouldPrintOneErrorLineAndNothingElse_whenTheInputIsMalformed(String input) {
        Run run = run("names", input);
        assertThat(run.exit()).isEqualTo(ScreenMain.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: ").endsWith(System.lineSeparator());
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void names_shouldNameTheLineButNotTheContent_whenARowIsBad() {
        Run run = run("names", "name1,name2,schema\nAlice Secret,Bob,Person\nCarol Private,Dave,Robot\n");
        assertThat(run.err()).isEqualTo("error: line 3: unknown schema (expected Person, Company, Organization or empty)"
                + System.lineSeparator());
        assertThat(run.err()).doesNotContain("Carol", "Robot");
    }

    @Test
    void name_shouldPrintTheTopMatchesAsJson_whenANameIsListed() {
        Run run = run("name", "", "Yevgeny Prigozhin", "--schema", "Person", "--dob", "1961-06-01", "--limit", "3");
        assertThat(run.exit()).isZero();
        JsonNode out = json.readTree(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(out.get("threshold").asDouble()).isEqualTo(0.72);
        JsonNode first = out.get("matches").get(0);
        assertThat(first.get("entryId").asInt()).isEqualTo(21171);
        assertThat(first.get("primaryName").asText()).isEqualTo("PRIGOZHIN, Yevgeniy Viktorovich");
        assertThat(first.get("type").asText()).isEqualTo("Person");
        assertThat(first.get("programs").toString()).contains("RUSSIA-EO14024");
        assertThat(first.get("match").asBoolean()).isTrue();
        assertThat(first.get("score").asDouble()).isBetween(0.72, 1.0);
        assertThat(first.get("explanation").asText()).contains("prigozhin = prigozhin", "date of birth matches");
        assertThat(out.get("matches").size()).isLessThanOrEqualTo(3);
    }

    @Test
    void name_shouldPrintNoMatches_whenTheNameIsNotListed() {
        Run run = run("name", "", "Annika Lindqvist", "--schema", "Person");
        assertThat(run.exit()).isZero();
        assertThat(json.readTree(run.out().getBytes(StandardCharsets.UTF_8)).get("matches").size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--schema=Person", "--dob|1961-13-01", "--schema|Robot", "--limit|0", "--dob"})
    void name_shouldFailWithUsage_whenArgumentsAreBad(String extra) {
        String[] args = extra.isEmpty() ? new String[] {"name"} : ("name|Some Name|" + extra).split("\\|");
        Run run = run(args, "");
        assertThat(run.exit()).isEqualTo(ScreenMain.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: ");
    }

    @Test
    void address_shouldNameTheOwningEntry_whenTheAddressIsSanctioned() {
        Run run = run("address", "", "0x098b716b8aaf21512996dc57eb0615e2383e2f96");
        assertThat(run.exit()).isZero();
        JsonNode out = json.readTree(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(out.get("address").asText()).isEqualTo("0x098b716b8aaf21512996dc57eb0615e2383e2f96");
        assertThat(out.get("sanctioned").asBoolean()).isTrue();
        assertThat(out.get("entries").get(0).get("name").asText()).isEqualTo("LAZARUS GROUP");
        assertThat(out.get("entries").get(0).get("currency").asText()).isEqualTo("ETH");
    }

    @Test
    void address_shouldBeSanctioned_whenTheAddressIsOfACurrencyThePlatformDoesNotHold() {
        JsonNode out = json.readTree(run("address", "", "LeKvNdNEzgQkzVVnRdV3fAu2DSF1nLsNw6").out().getBytes(StandardCharsets.UTF_8));
        assertThat(out.get("sanctioned").asBoolean()).isTrue();
        assertThat(out.get("entries").get(0).get("currency").asText()).isEqualTo("LTC");
    }

    @Test
    void address_shouldNotBeSanctioned_whenNoListNamesIt() {
        Run run = run("address", "", "0x00000000219ab540356cBB839Cbe05303d7705Fa");
        assertThat(run.out().strip()).isEqualTo(
                "{\"address\":\"0x00000000219ab540356cBB839Cbe05303d7705Fa\",\"sanctioned\":false,\"entries\":[]}");
    }

    @Test
    void address_shouldFail_whenTheArgumentIsNotAnAddress() {
        assertThat(run("address", "", "not an address!").exit()).isEqualTo(ScreenMain.USAGE);
        assertThat(run("address", "").exit()).isEqualTo(ScreenMain.USAGE);
    }

    @Test
    void run_shouldFailWithUsage_whenTheCommandIsUnknownOrMissing() {
        assertThat(run("screen-all", "").err()).startsWith("error: unknown command");
        assertThat(run(new String[0], "").exit()).isEqualTo(ScreenMain.USAGE);
        assertThat(run("--help", "").exit()).isZero();
    }

    private static Run run(String command, String stdin, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        return run(all, stdin);
    }

    private static Run run(String[] args, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScreenMain.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
