package io.usdtcustody.localcloud.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    private final ApiKeys keys = new ApiKeys(ResourceCatalogue.API, new SecureRandom());

    @Test
    void issue_shouldReturnAKeyThatFindsItsTenantAndPlan() {
        String value = keys.issue("acme-1", TenantId.of("acme"), "partner-standard");

        assertThat(value).hasSize(40).matches("[A-Za-z0-9]+");
        assertThat(keys.find(value)).contains(new PartnerKey("acme-1", TenantId.of("acme"), "partner-standard"));
    }

    @Test
    void find_shouldBeEmpty_forUnknownEmptyOrOverlongValues() {
        keys.issue("acme-1", TenantId.of("acme"), "partner-standard");

        assertThat(keys.find("not-a-key-not-a-key-not-a-key")).isEmpty();
        assertThat(keys.find("")).isEmpty();
        assertThat(keys.find(null)).isEmpty();
        assertThat(keys.find("x".repeat(129))).isEmpty();
    }

    @Test
    void register_shouldRefuse_shortKeysUnknownPlansAndDuplicates() {
        PartnerKey key = new PartnerKey("beta-1", TenantId.of("beta"), "partner-sandbox");
        keys.register("b".repeat(24), key);

        assertThatThrownBy(() -> keys.register("short", new PartnerKey("x", TenantId.of("beta"), "partner-sandbox")))
                .hasMessageContaining("20-128");
        assertThatThrownBy(() -> keys.register("c".repeat(24), new PartnerKey("y", TenantId.of("beta"), "gold")))
                .hasMessageContaining("gold");
        assertThatThrownBy(() -> keys.register("b".repeat(24), new PartnerKey("z", TenantId.of("beta"), "partner-sandbox")))
                .hasMessageContaining("already");
        assertThatThrownBy(() -> keys.register("d".repeat(24), key)).hasMessageContaining("beta-1");
    }
}
