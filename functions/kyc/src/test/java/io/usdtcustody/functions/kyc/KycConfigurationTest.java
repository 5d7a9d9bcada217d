package io.usdtcustody.functions.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.kyc.WebhookSecret;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KycConfigurationTest {
    private static final String SECRET = WebhookSecret.generate(new SplittableRandom(1)).toBase64();

    @Test
    void from_shouldReadTheVendorSettings() {
        KycConfiguration configuration = KycConfiguration.from(environment());

        assertThat(configuration.vendorName()).isEqualTo("sandbox");
        assertThat(configuration.vendorUrl().toString()).isEqualTo("http://127.0.0.1:8084");
        assertThat(configuration.webhookSecret().toBase64()).isEqualTo(SECRET);
        assertThat(configuration.toString()).doesNotContain(SECRET, "token-1");
    }

    @Test
    void from_shouldNameTheVariable_neverItsValue_whenASettingIsMissingOrMalformed() {
        Map<String, String> noSecret = environment();
        noSecret.remove(KycConfiguration.WEBHOOK_SECRET);
        Map<String, String> shortSecret = environment();
        shortSecret.put(KycConfiguration.WEBHOOK_SECRET, "c2hvcnQ=");
        Map<String, String> badUrl = environment();
        badUrl.put(KycConfiguration.VENDOR_URL, "ftp://vendor");

        assertThatThrownBy(() -> KycConfiguration.from(noSecret)).hasMessageContaining("KYC_VENDOR_WEBHOOK_SECRET");
        assertThatThrownBy(() -> KycConfiguration.from(shortSecret)).hasMessageContaining("KYC_VENDOR_WEBHOOK_SECRET")
                .hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> KycConfiguration.from(badUrl)).hasMessageContaining("KYC_VENDOR_URL");
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put(KycConfiguration.VENDOR_NAME, "sandbox");
        environment.put(KycConfiguration.VENDOR_URL, "http://127.0.0.1:8084");
        environment.put(KycConfiguration.VENDOR_API_TOKEN, "token-1");
        environment.put(KycConfiguration.WEBHOOK_SECRET, SECRET);
        return environment;
    }
}
