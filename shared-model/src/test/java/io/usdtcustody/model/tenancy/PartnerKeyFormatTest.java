package io.usdtcustody.model.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PartnerKeyFormatTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Property(tries = 200)
    void tenantOf_shouldNameTheIssuingTenant_forEveryIssuedKey(@ForAll("tenants") String tenant) {
        String key = PartnerKeyFormat.issue(TenantId.of(tenant), RANDOM);

        assertThat(PartnerKeyFormat.tenantOf(key)).contains(TenantId.of(tenant));
        assertThat(key.length()).isLessThanOrEqualTo(PartnerKeyFormat.MAX_LENGTH);
    }

    @Test
    void tenantOf_shouldBeEmpty_whenTheValueIsNotInThePartnerKeyShape() {
        String secret = "A".repeat(PartnerKeyFormat.MIN_SECRET_LENGTH);

        assertThat(PartnerKeyFormat.tenantOf("acme." + secret)).contains(TenantId.of("acme"));
        assertThat(PartnerKeyFormat.tenantOf(null)).isEmpty();
        assertThat(PartnerKeyFormat.tenantOf("")).isEmpty();
        assertThat(PartnerKeyFormat.tenantOf(secret + secret)).as("an API Gateway generated key").isEmpty();
        assertThat(PartnerKeyFormat.tenantOf("." + secret)).isEmpty();
        assertThat(PartnerKeyFormat.tenantOf("acme." + secret.substring(1))).as("short secret").isEmpty();
        assertThat(PartnerKeyFormat.tenantOf("Acme." + secret)).as("not a tenant id").isEmpty();
        assertThat(PartnerKeyFormat.tenantOf("acme.demo." + secret)).isEmpty();
        assertThat(PartnerKeyFormat.tenantOf("acme." + secret + "-")).isEmpty();
        assertThat(PartnerKeyFormat.tenantOf("acme." + "A".repeat(PartnerKeyFormat.MAX_LENGTH))).isEmpty();
        assertThat(PartnerKeyFormat.tenantOf("platform." + secret)).as("the operators' reserved tenant").isEmpty();
    }

    @Test
    void fingerprint_shouldBeStableAndShort_andNotRevealTheSecret() {
        String key = PartnerKeyFormat.issue(TenantId.of("acme"), RANDOM);
        String secret = key.substring(key.indexOf('.') + 1);

        assertThat(PartnerKeyFormat.fingerprint(key)).isEqualTo(PartnerKeyFormat.fingerprint(key))
                .matches("key-[0-9a-f]{16}")
                .doesNotContain(secret.substring(0, 8));
        assertThat(PartnerKeyFormat.fingerprint(key)).isNotEqualTo(PartnerKeyFormat.fingerprint(key + "x"));
    }

    @Provide
    Arbitrary<String> tenants() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(40)
                .filter(value -> !value.startsWith("-") && !value.endsWith("-") && !value.equals("platform"));
    }
}
