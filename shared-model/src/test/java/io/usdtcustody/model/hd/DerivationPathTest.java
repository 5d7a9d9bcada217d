package io.usdtcustody.model.hd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.money.Chain;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DerivationPathTest {

    @Test
    void parse_shouldReadHardenedAndNormalSteps_whenGivenBip44Path() {
        DerivationPath path = DerivationPath.parse("m/44'/60'/0'/0/5");

        assertThat(path.steps()).containsExactly(0x8000002c, 0x8000003c, 0x80000000, 0, 5);
        assertThat(path.depth()).isEqualTo(5);
        assertThat(path.hasHardenedStep()).isTrue();
        assertThat(path).hasToString("m/44'/60'/0'/0/5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"m/44h/60h/0h/0/5", "m/44H/60H/0H/0/5", "m/44'/60h/0H/0/5"})
    void parse_shouldAcceptHMarker_whenHardenedWrittenWithH(String text) {
        assertThat(DerivationPath.parse(text)).isEqualTo(DerivationPath.parse("m/44'/60'/0'/0/5"));
    }

    @Test
    void parse_shouldReadRelativePath_whenNoLeadingM() {
        assertThat(DerivationPath.parse("0/5")).isEqualTo(DerivationPath.parse("m/0/5"));
        assertThat(DerivationPath.parse("0/5").hasHardenedStep()).isFalse();
    }

    @Test
    void parse_shouldReturnMaster_whenGivenM() {
        assertThat(DerivationPath.parse("m")).isEqualTo(DerivationPath.MASTER);
        assertThat(DerivationPath.MASTER).hasToString("m");
    }

    @Test
    void parse_shouldAcceptExtremeIndices_whenInRange() {
        assertThat(DerivationPath.parse("m/2147483647'/2147483647").steps()).containsExactly(0xffffffff, 0x7fffffff);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                 | path is empty
            m/                 | step 1 is empty
            m//0               | step 1 is empty
            m/0/               | step 2 is empty
            /0                 | step 1 is empty
            m/-1               | step 1 must be a decimal index
            m/+1               | step 1 must be a decimal index
            m/0x1              | step 1 must be a decimal index
            m/1''              | step 1 must be a decimal index
            m/ 1               | step 1 must be a decimal index
            M/0                | step 1 must be a decimal index
            m/01               | step 1 has leading zeros
            m/2147483648       | step 1 is out of range 0..2147483647
            m/0/99999999999'   | step 2 is out of range 0..2147483647
            m/'                | step 1 is empty
            """)
    void parse_shouldRejectWithReason_whenPathIsMalformed(String text, String reason) {
        assertThatThrownBy(() -> DerivationPath.parse(text))
                .isInstanceOf(InvalidDerivationPathException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void parse_shouldReject_whenDeeperThan255() {
        String deep = "m" + "/0".repeat(256);

        assertThatThrownBy(() -> DerivationPath.parse(deep)).isInstanceOf(InvalidDerivationPathException.class);
    }

    @ParameterizedTest
    @CsvSource({"ETHEREUM, m/44'/60'/0'/0/7", "TRON, m/44'/195'/0'/0/7", "OMNI, m/44'/0'/0'/0/7"})
    void bip44_shouldUseChainCoinType_whenBuildingAddressPath(Chain chain, String expected) {
        assertThat(DerivationPath.bip44(chain, 0, 0, 7)).hasToString(expected);
    }

    @Test
    void bip44_shouldMatchChainAccountPath_whenAddressStepsRemoved() {
        for (Chain chain : Chain.values()) {
            DerivationPath address = DerivationPath.bip44(chain, 0, 0, 0);
            DerivationPath account = new DerivationPath(address.steps().subList(0, 3));

            assertThat(account).hasToString(chain.bip44AccountPath());
        }
    }

    @Test
    void bip44_shouldReject_whenComponentsOutOfRange() {
        assertThatThrownBy(() -> DerivationPath.bip44(Chain.ETHEREUM, 0, 2, 0))
                .isInstanceOf(InvalidDerivationPathException.class).hasMessageContaining("change");
        assertThatThrownBy(() -> DerivationPath.bip44(Chain.ETHEREUM, -1, 0, 0))
                .isInstanceOf(InvalidDerivationPathException.class).hasMessageContaining("account");
        assertThatThrownBy(() -> DerivationPath.bip44(Chain.ETHEREUM, 0, 0, -5))
                .isInstanceOf(InvalidDerivationPathException.class).hasMessageContaining("address index");
    }

    @Test
    void child_shouldAppendStep_whenCalled() {
        DerivationPath account = DerivationPath.parse("m/44'/195'/0'");

        assertThat(account.child(0).child(3)).hasToString("m/44'/195'/0'/0/3");
        assertThat(account.steps()).hasSize(3);
    }

    @Test
    void constructor_shouldCopySteps_whenGivenMutableList() {
        List<Integer> steps = new java.util.ArrayList<>(List.of(1, 2));
        DerivationPath path = new DerivationPath(steps);
        steps.add(3);

        assertThat(path.steps()).containsExactly(1, 2);
    }
}
