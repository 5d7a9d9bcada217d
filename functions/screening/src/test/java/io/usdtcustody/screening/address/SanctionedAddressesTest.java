package io.usdtcustody.screening.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.money.Chain;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SanctionedAddressesTest {
    /** Listed in sanctioned_addresses_USDT.txt in EIP-55 mixed case. */
    private static final String USDT_ERC20 = "0x175d44451403Edf28469dF03A9280c1197ADb92c";
    /** Listed in the ETH, USDC and USDT lists. */
    private static final String ETH_USDC_USDT = "0x983a81ca6FB1e441266D2FbcB7D8E530AC2E05A2";
    /** Listed (lower-case) in the ARB and BSC lists, and in the ETH list. */
    private static final String EVM_MULTI_LIST = "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c";
    private static final String TRX = "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre";
    private static final String USDT_TRC20 = "TEAqwfMhXLaomXhZ8KeMhx3njGmQEDnsUR";
    private static final String USDT_OMNI = "16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H";
    private static final String XBT_BECH32 = "bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw";
    private static final String CLEAN_EVM = "0x00000000219ab540356cBB839Cbe05303d7705Fa";

    private final SanctionedAddresses ofac = SanctionedAddresses.fromClasspath();

    @Test
    void fromClasspath_shouldLoadEveryOfacList_whenTheCopiedFilesAreOnTheClassPath() {
        assertThat(ofac.lists()).contains("sanctioned_addresses_ETH.txt", "sanctioned_addresses_USDT.txt",
                "sanctioned_addresses_TRX.txt", "sanctioned_addresses_XBT.txt").hasSize(17);
        assertThat(ofac.size(Chain.ETHEREUM)).isGreaterThan(100);
        assertThat(ofac.size(Chain.TRON)).isGreaterThan(10);
        assertThat(ofac.size(Chain.OMNI)).isGreaterThan(400);
    }

    @Test
    void screen_shouldHitAndNameTheList_whenAnErc20UsdtAddressIsGivenInAnyCase() {
        for (String input : new String[] {USDT_ERC20, USDT_ERC20.toLowerCase(Locale.ROOT),
                "0x" + USDT_ERC20.substring(2).toUpperCase(Locale.ROOT)}) {
            assertThat(ofac.screen(Chain.ETHEREUM, input)).hasValueSatisfying(hit -> {
                assertThat(hit.address()).isEqualTo(USDT_ERC20.toLowerCase(Locale.ROOT));
                assertThat(hit.lists()).containsExactly("sanctioned_addresses_USDT.txt");
            });
        }
    }

    @Test
    void screen_shouldNameEveryMatchingList_whenAnEvmAddressIsOnSeveralLists() {
        assertThat(lists(Chain.ETHEREUM, ETH_USDC_USDT)).containsExactly("sanctioned_addresses_ETH.txt",
                "sanctioned_addresses_USDC.txt", "sanctioned_addresses_USDT.txt");
        assertThat(lists(Chain.ETHEREUM, EVM_MULTI_LIST))
                .contains("sanctioned_addresses_ARB.txt", "sanctioned_addresses_BSC.txt",
                        "sanctioned_addresses_ETH.txt");
    }

    @Test
    void screen_shouldMatchTronExactly_whenATAddressIsGiven() {
        assertThat(lists(Chain.TRON, TRX))
                .containsExactly("sanctioned_addresses_TRX.txt");
        assertThat(ofac.screen(Chain.TRON, USDT_TRC20)).isPresent();
        assertThat(ofac.screen(Chain.TRON, "T" + TRX.substring(1).toLowerCase(Locale.ROOT))).isEmpty();
    }

    @Test
    void screen_shouldMatchBase58ExactlyAndBech32InAnyCase_whenABitcoinAddressIsScreenedForOmni() {
        assertThat(lists(Chain.OMNI, USDT_OMNI))
                .contains("sanctioned_addresses_USDT.txt");
        assertThat(ofac.screen(Chain.OMNI, XBT_BECH32.toUpperCase(Locale.ROOT))).get()
                .extracting(SanctionsHit::address).isEqualTo(XBT_BECH32);
        assertThat(ofac.screen(Chain.OMNI, USDT_OMNI.toLowerCase(Locale.ROOT))).isEmpty();
    }

    @Test
    void screen_shouldFindNothing_whenTheAddressIsCleanOrOfAnotherChain() {
        assertThat(ofac.screen(Chain.ETHEREUM, CLEAN_EVM)).isEmpty();
        assertThat(ofac.screen(Chain.TRON, USDT_ERC20)).isEmpty();
        assertThat(ofac.screen(Chain.ETHEREUM, TRX)).isEmpty();
        assertThat(ofac.screen(Chain.ETHEREUM, "not an address")).isEmpty();
        assertThat(ofac.screen(Chain.ETHEREUM, null)).isEmpty();
    }

    @Test
    void load_shouldIndexAReaderWithTheSameRules_whenAListIsGivenDirectly() {
        SanctionedAddresses list = SanctionedAddresses.load("test-list", new StringReader(
                "# comment\n\n  " + CLEAN_EVM.toUpperCase(Locale.ROOT).replace("0X", "0x") + "  \n"
                        + "XnPFsRWTaSgiVauosEwQ6dEitGYXgwznz2\n"));

        assertThat(list.screen(Chain.ETHEREUM, CLEAN_EVM)).get().extracting(SanctionsHit::listsText)
                .isEqualTo("test-list");
        assertThat(list.size(Chain.ETHEREUM)).isEqualTo(1);
        assertThat(list.size(Chain.OMNI)).isZero();
    }

    @Test
    void build_shouldRefuse_whenNoListWasLoaded() {
        assertThatThrownBy(() -> SanctionedAddresses.builder().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fromDirectory_shouldReadOnlyListFiles_whenLiveFilesAreInAFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sanctioned_addresses_USDT.txt"), USDT_ERC20 + "\n");
        Files.writeString(dir.resolve("notes.txt"), CLEAN_EVM + "\n");

        SanctionedAddresses live = SanctionedAddresses.fromDirectory(dir);

        assertThat(live.lists()).containsExactly("sanctioned_addresses_USDT.txt");
        assertThat(live.screen(Chain.ETHEREUM, USDT_ERC20)).isPresent();
        assertThat(live.screen(Chain.ETHEREUM, CLEAN_EVM)).isEmpty();
    }

    @Test
    void fileNames_shouldListTheFolderInsideAJar_whenTheServiceRunsFromItsShadedJar(@TempDir Path dir)
            throws IOException {
        Path jar = dir.resolve("service.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(out, "sanctions/ofac/sanctioned_addresses_ETH.txt");
            put(out, "sanctions/ofac/PROVENANCE.md");
            put(out, "sanctions/ofac/nested/other.txt");
            put(out, "sanctions/other.txt");
        }

        assertThat(ClasspathFolder.fileNames(jar, "sanctions/ofac"))
                .containsExactly("PROVENANCE.md", "sanctioned_addresses_ETH.txt");
    }

    private List<String> lists(Chain chain, String address) {
        return ofac.screen(chain, address).map(SanctionsHit::lists).orElse(List.of());
    }

    private static void put(ZipOutputStream out, String name) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream body = out;
        body.write("x\n".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
