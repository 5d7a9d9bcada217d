package io.usdtcustody.custody.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DepositWatcherSettingsTest {

    @Test
    void cursorId_shouldNameChainAndLowerCaseContract_whenTheContractIsGivenInEip55() {
        DepositWatcherSettings settings =
                new DepositWatcherSettings("0xdAC17F958D2ee523a2206206994597C13D831ec7", 12, 0);

        assertThat(settings.cursorId()).isEqualTo("ETHEREUM#0xdac17f958d2ee523a2206206994597c13d831ec7");
        assertThat(settings.maxBlocksPerPoll()).isEqualTo(DepositWatcherSettings.DEFAULT_MAX_BLOCKS_PER_POLL);
    }

    @Test
    void constructor_shouldRefuse_whenValuesAreOutOfRange() {
        String token = "0xdac17f958d2ee523a2206206994597c13d831ec7";
        Class<IllegalArgumentException> refused = IllegalArgumentException.class;
        assertThatThrownBy(() -> new DepositWatcherSettings(token, 0, 0)).isInstanceOf(refused);
        assertThatThrownBy(() -> new DepositWatcherSettings(token, 3, -1)).isInstanceOf(refused);
        assertThatThrownBy(() -> new DepositWatcherSettings("0x1234", 3, 0)).isInstanceOf(refused);
        assertThatThrownBy(() -> new DepositWatcherSettings(token, 3, 0, 0)).isInstanceOf(refused);
    }
}
