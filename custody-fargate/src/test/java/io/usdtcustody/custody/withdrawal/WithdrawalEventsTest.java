package io.usdtcustody.custody.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.events.wallet.WalletEvents;
import io.usdtcustody.model.events.wallet.WithdrawalStateChanged;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WithdrawalEventsTest {
    private final JsonCodec codec = new JsonCodec();

    @Test
    void stateChanged_shouldBeReadableByAConsumer_whenReasonAndHashAreNotKnownYet() {
        Withdrawal requested = new Withdrawal(UUID.randomUUID(), TenantId.of("acme"),
                new WithdrawalRequest("alice", Amount.parse("10", Asset.USDT_ETHEREUM),
                        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
                WithdrawalState.REQUESTED, 0, Instant.parse("2026-11-25T10:00:00Z"),
                Instant.parse("2026-11-25T10:00:00Z"), null, null, false, false);

        var event = new WithdrawalEvents(codec).stateChanged(requested, null);
        WithdrawalStateChanged read = codec.unwrap(codec.decodeEnvelope(codec.encode(event.envelope())),
                WalletEvents.WITHDRAWAL_STATE_CHANGED);

        assertThat(read.toState()).isEqualTo("REQUESTED");
        assertThat(read.fromState()).isEmpty();
        assertThat(read.reason()).isEmpty();
        assertThat(read.txHash()).isEmpty();
    }
}
