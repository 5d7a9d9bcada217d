package io.usdtcustody.custody.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformCliTest {

    /** BIP39 seed of "abandon … abandon about" with an empty passphrase (public test data). */
    private static final String ABANDON_ABOUT_SEED = "5eb00bbddcf069084889a8ab9155568165f5c453ccb85e70811aaed6f6da5fc1"
            + "9a5ac40b389cd370d086206dec8aa6c43daea6690f20ad3d8d48b2d2ce9e38e4";
    /** BIP32 test vector 1, chain m (spec data). */
    private static final String SPEC_V1_XPRV =
            "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi";
    private static final String SPEC_V1_XPUB =
            "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ethereum, m/44'/60'/0'/0/0, 0x9858EfFD232B4033E47d90003D41EC34EcaEda94",
            "omni, m/44'/0'/0'/0/0, 1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA",
            "tron, m/44'/195'/0'/0/0, TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH"})
    void hdDerive_shouldPrintPublishedBip44Address_whenGivenSeed(String chain, String path, String address)
            throws Exception {
        int exit = run("hd", "derive", "--seed", ABANDON_ABOUT_SEED, "--path", path, "--chain", chain);

        assertThat(exit).isZero();
        JsonNode json = JSON.readTree(out());
        assertThat(fieldNames(json)).containsExactly("path", "xpub", "xprv", "address");
        assertThat(json.get("path").asText()).isEqualTo(path);
        assertThat(json.get("address").asText()).isEqualTo(address);
        assertThat(json.get("xpub").asText()).startsWith("xpub");
        assertThat(json.get("xprv").asText()).startsWith("xprv");
        assertThat(err()).isEmpty();
    }

    @Test
    void hdDerive_shouldPrintSingleJsonLine_whenSucceeding() {
        run("hd", "derive", "--seed", "000102030405060708090a0b0c0d0e0f", "--path", "m");

        assertThat(out().lines()).hasSize(1);
        assertThat(out()).contains("\"xprv\":\"" + SPEC_V1_XPRV + "\"").contains("\"xpub\":\"" + SPEC_V1_XPUB + "\"");
    }

    @Test
    void hdDerive_shouldMatchSeedDerivation_whenDerivingSameNonHardenedChildFromAccountXpub() throws Exception {
        run("hd", "derive", "--seed", ABANDON_ABOUT_SEED, "--path", "m/44'/195'/0'");
        String accountXpub = JSON.readTree(out()).get("xpub").asText();
        stdout.reset();
        run("hd", "derive", "--seed", ABANDON_ABOUT_SEED, "--path", "m/44'/195'/0'/0/5", "--chain", "tron");
        JsonNode fromSeed = JSON.readTree(out());
        stdout.reset();

        int exit = run("hd", "derive", "--xpub", accountXpub, "--path", "m/0/5", "--chain", "tron");

        assertThat(exit).isZero();
        JsonNode fromXpub = JSON.readTree(out());
        assertThat(fieldNames(fromXpub)).containsExactly("path", "xpub", "address");
        assertThat(fromXpub.get("xpub")).isEqualTo(fromSeed.get("xpub"));
        assertThat(fromXpub.get("address")).isEqualTo(fromSeed.get("address"));
    }

    @Test
    void hdDerive_shouldAcceptRelativePathWithoutM_whenGivenXpub() throws Exception {
        run("hd", "derive", "--xpub", SPEC_V1_XPUB, "--path", "0/5");
        String relative = out();
        stdout.reset();
        run("hd", "derive", "--xpub=" + SPEC_V1_XPUB, "--path=m/0/5");

        assertThat(JSON.readTree(out())).isEqualTo(JSON.readTree(relative));
        assertThat(JSON.readTree(relative).get("path").asText()).isEqualTo("m/0/5");
    }

    @Test
    void hdDerive_shouldDeriveRelativeToKey_whenGivenXprv() throws Exception {
        int exit = run("hd", "derive", "--xprv", SPEC_V1_XPRV, "--path", "m/0'/1");

        assertThat(exit).isZero();
        assertThat(JSON.readTree(out()).get("xpub").asText()).isEqualTo(
                "xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ");
    }

    @Test
    void hdDerive_shouldFailClearly_whenXpubPathHasHardenedStep() {
        int exit = run("hd", "derive", "--xpub", SPEC_V1_XPUB, "--path", "m/0'/1");

        assertThat(exit).isEqualTo(PlatformCli.EXIT_USAGE);
        assertThat(err()).startsWith("error: cannot derive hardened steps from an xpub");
        assertThat(out()).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            hd derive --seed 00010203zz05060708090a0b0c0d0e0f --path m                | error: --seed must be hexadecimal
            hd derive --seed 000102030405060708090a0b0c0d0e0 --path m                 | error: --seed must be hexadecimal
            hd derive --seed 000102030405060708090a0b0c0d0e --path m                  | error: --seed must be 16 to 64 bytes
            hd derive --seed 000102030405060708090a0b0c0d0e0f --path m/0x             | error: invalid derivation path: step 1
            hd derive --seed 000102030405060708090a0b0c0d0e0f                         | error: option --path is required
            hd derive --seed 000102030405060708090a0b0c0d0e0f --path m --chain dogecoin | error: unknown chain
            hd derive --seed 000102030405060708090a0b0c0d0e0f --path m --colour red   | error: unknown option --colour
            hd derive --seed 000102030405060708090a0b0c0d0e0f --path m --path m/1     | error: option --path is given more than once
            hd derive --path m                                                        | error: give exactly one of --seed, --xprv or --xpub
            hd derive --xpub xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet9 --path m/0 | error: invalid extended key: checksum mismatch
            hd derive --xpub xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi --path m/0 | error: --xpub needs an extended public key
            hd derive --seed                                                          | error: option --seed needs a value
            hd explode                                                                | error: unknown command
            wallet                                                                    | error: unknown command
            address validate tron                                                     | error: usage: address validate
            address validate dogecoin DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L              | error: unknown chain
            """)
    void run_shouldPrintOneErrorLineAndExit2_whenInputIsBad(String commandLine, String expectedError) {
        int exit = run(commandLine.split(" "));

        assertThat(exit).isEqualTo(PlatformCli.EXIT_USAGE);
        assertThat(err()).startsWith(expectedError);
        assertThat(err().lines()).hasSize(1);
        assertThat(err()).doesNotContain("Exception", "\tat ");
        assertThat(out()).isEmpty();
    }

    @Test
    void run_shouldNeverEchoSecret_whenSeedOrXprvIsRejected() {
        String badSeed = "000102030405060708090a0b0c0d0e0fz0";
        String badXprv = SPEC_V1_XPRV.substring(0, SPEC_V1_XPRV.length() - 1) + "j";

        run("hd", "derive", "--seed", badSeed, "--path", "m");
        run("hd", "derive", "--xprv", badXprv, "--path", "m");
        run("hd", "derive", "--xprv", SPEC_V1_XPRV, "--seed", badSeed, "--path", "m");
        run("hd", "derive", "--" + badSeed, "--path", "m");

        assertThat(err()).doesNotContain(badSeed, badXprv.substring(4, 40), SPEC_V1_XPRV.substring(4, 40));
        assertThat(err().lines()).hasSize(4).allMatch(line -> line.startsWith("error: "));
    }

    @Test
    void run_shouldExit2_whenNoArguments() {
        assertThat(run()).isEqualTo(PlatformCli.EXIT_USAGE);
        assertThat(err()).startsWith("error: missing command");
    }

    @Test
    void run_shouldPrintUsage_whenAskedForHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("hd derive", "address validate");
    }

    @Test
    void addressValidate_shouldExit0WithNormalizedAddress_whenValid() throws Exception {
        int exit = run("address", "validate", "ethereum", "0x175d44451403edf28469df03a9280c1197adb92c");

        assertThat(exit).isZero();
        JsonNode json = JSON.readTree(out());
        assertThat(fieldNames(json)).containsExactly("valid", "normalized", "reason");
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("normalized").asText()).isEqualTo("0x175d44451403Edf28469dF03A9280c1197ADb92c");
        assertThat(json.get("reason").isNull()).isTrue();
    }

    @Test
    void addressValidate_shouldExit1WithReason_whenInvalid() throws Exception {
        int exit = run("address", "validate", "tron", "0x175d44451403Edf28469dF03A9280c1197ADb92c");

        assertThat(exit).isEqualTo(PlatformCli.EXIT_INVALID);
        JsonNode json = JSON.readTree(out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("normalized").isNull()).isTrue();
        assertThat(json.get("reason").asText()).isEqualTo("Looks like an Ethereum address, not a TRON address.");
        assertThat(err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "omni, 3E6ZCKRrsdPc35chA9Eftp1h3DLW18NFNV, 0",
            "OMNI, bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw, 1",
            "tron, TEAqwfMhXLaomXhZ8KeMhx3njGmQEDnsUR, 0",
            "ethereum, 0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed, 1"})
    void addressValidate_shouldMapValidityToExitCode_whenChainAndAddressGiven(String chain, String address,
            int expectedExit) {
        assertThat(run("address", "validate", chain, address)).isEqualTo(expectedExit);
    }

    private int run(String... args) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new PlatformCli().run(args, out, err);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
