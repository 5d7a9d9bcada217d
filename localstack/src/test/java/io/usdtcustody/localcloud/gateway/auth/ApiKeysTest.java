package io.usdtcustody.localcloud.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.tenancy.PartnerKeyFormat;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    private final ApiKeys keys = new ApiKeys(ResourceCatalogue.API, new SecureRandom());

    @Test
    void issue_shouldReturnAKeyThatFindsItsTenantAndPlan() {
        String value = keys.issue("acme-1", TenantId.of("acme"), "partner-standard");

        assertThat(value).as("the shape the deployed authorizer reads the tenant from").matches("acme\\.[A-Za-z0-9]{40}");
        assertThat(PartnerKeyFormat.tenantOf(value)).contains(TenantId.of("acme"));
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
    void register_shouldRefuse_malformedKeysAnotherTenantsKeyUnknownPlansAndDuplicates() {
        PartnerKey key = new PartnerKey("beta-1", TenantId.of("beta"), "partner-sandbox");
        keys.register("beta." + "b".repeat(32), key);

        assertThatThrownBy(() -> keys.register("beta.short", new PartnerKey("x", TenantId.of("beta"), "partner-sandbox")))
                .hasMessageContaining("<tenant>.<secret>");
        assertThatThrownBy(() -> keys.register("b".repeat(40), new PartnerKey("x", TenantId.of("beta"), "partner-sandbox")))
                .as("no tenant part").hasMessageContaining("<tenant>.<secret>");
        assertThatThrownBy(() -> keys.register("acme." + "a".repeat(32), new PartnerKey("x", TenantId.of("beta"), "partner-sandbox")))
                .as("a key naming another tenant").hasMessageContaining("<tenant>.<secret>");
        assertThatThrownBy(() -> keys.register("beta." + "c".repeat(32), new PartnerKey("y", TenantId.of("beta"), "gold")))
                .hasMessageContaining("gold");
        assertThatThrownBy(() -> keys.register("beta." + "b".repeat(32), new PartnerKey("z", TenantId.of("beta"), "partner-sandbox")))
                .hasMessageContaining("already");
        assertThatThrownBy(() -> keys.register("beta." + "d".repeat(32), key)).hasMessageContaining("beta-1");
    }
}
