package io.usdtcustody.custody.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalRequest;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovalMessageTest {

    @Test
    void text_shouldBeTheStableCanonicalForm_withAmountsInMinorUnits() {
        Withdrawal w = Withdrawal.requested(UUID.fromString("0190f1a2-0000-7000-8000-000000000001"), TenantId.of("acme"),
                new WithdrawalRequest("alice", Amount.parse("12.5", Asset.USDT_TRON), "TTUDyVhhpCC1xJoPmWzdjLAzeoPwbSABdr"),
                Instant.parse("2026-11-25T10:00:00Z"));

        assertThat(ApprovalMessage.text(w, "2026-11-25.1")).isEqualTo("""
                usdt-custody-approval/v1
                0190f1a2-0000-7000-8000-000000000001
                acme
                USDT
                TRON
                12500000
                TTUDyVhhpCC1xJoPmWzdjLAzeoPwbSABdr
                2026-11-25.1""");
        assertThat(ApprovalMessage.bytes(w, "2026-11-25.1"))
                .isEqualTo(ApprovalMessage.text(w, "2026-11-25.1").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void verify_shouldAcceptOnlyTheSignedBytes_withTheRegisteredKey() {
        ApproverKeys carol = ApproverKeys.generate();
        byte[] message = "usdt-custody-approval/v1\nx".getBytes(StandardCharsets.UTF_8);
        byte[] signature = carol.sign(message);

        assertThat(P256.verify(P256.parsePublicKey(carol.publicKey()), message, signature)).isTrue();
        assertThat(P256.verify(P256.parsePublicKey(carol.publicKey()), "other".getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
        assertThat(P256.verify(P256.parsePublicKey(carol.publicKey()), message, new byte[] {0x30, 0x00})).isFalse();
        assertThat(P256.verify(P256.parsePublicKey(carol.publicKey()), message, new byte[100])).isFalse();
    }
}
