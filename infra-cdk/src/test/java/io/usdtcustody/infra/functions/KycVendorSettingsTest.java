package io.usdtcustody.infra.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KycVendorSettingsTest {

    @Test
    void fromContext_shouldGiveTheVendorsNameAndUrlAsPlainSettings_whenBothAreSet() {
        Map<String, Object> context = Map.of("kycVendorName", "idvendor", "kycVendorUrl", "https://api.idvendor.example/");

        assertThat(KycVendorSettings.fromContext(context::get).environment())
                .containsExactlyInAnyOrderEntriesOf(Map.of("KYC_VENDOR_NAME", "idvendor",
                        "KYC_VENDOR_URL", "https://api.idvendor.example/"));
    }

    @Test
    void fromContext_shouldFailSynthesisNamingTheKeys_whenTheVendorIsNotConfigured() {
        assertThatThrownBy(() -> KycVendorSettings.fromContext(Map.of("kycVendorName", "idvendor")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kycVendorUrl").hasMessageContaining("kycVendorName");
    }

    @Test
    void fromContext_shouldRefuseAPlainHttpUrlOrABadName_whenConfigured() {
        assertThatThrownBy(() -> KycVendorSettings.fromContext(
                Map.of("kycVendorName", "idvendor", "kycVendorUrl", "http://api.idvendor.example")::get))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> KycVendorSettings.fromContext(
                Map.of("kycVendorName", "Id Vendor", "kycVendorUrl", "https://api.idvendor.example")::get))
                .hasMessageContaining("kycVendorName");
    }
}
