package io.usdtcustody.model.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void fromBase64_shouldRoundTrip_andNeverShowTheKey() {
        WebhookSecret secret = WebhookSecret.generate(new SplittableRandom(7));

        assertThat(WebhookSecret.fromBase64(secret.toBase64())).isEqualTo(secret);
        assertThat(secret.toString()).doesNotContain(secret.toBase64()).contains("redacted");
    }

    @Test
    void fromBase64_shouldRefuse_whenTooShortOrNotBase64_withoutQuotingIt() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> WebhookSecret.fromBase64(short16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(short16);
        assertThatThrownBy(() -> WebhookSecret.fromBase64("not base64 at all!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("not base64 at all");
        assertThatThrownBy(() -> WebhookSecret.fromBase64(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
