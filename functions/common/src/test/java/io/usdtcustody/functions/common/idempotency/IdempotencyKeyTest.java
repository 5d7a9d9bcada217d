package io.usdtcustody.functions.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.model.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void id_shouldStartWithTheTenant_andEndWithTheClientKey() {
        IdempotencyKey key = new IdempotencyKey(TenantId.of("acme"), "POST /v1/customers/{customerId}/consents", "a#b");

        assertThat(key.id()).isEqualTo("TENANT#acme#POST /v1/customers/{customerId}/consents#a#b");
    }

    @Test
    void toString_shouldNotShowTheClientKey() {
        assertThat(new IdempotencyKey(TenantId.of("acme"), "POST /v1/customers", "secret-ish-key").toString())
                .doesNotContain("secret-ish-key").contains("acme");
    }

    @Test
    void constructor_shouldRefuseKeysThatAreEmptyTooLongOrNotVisibleAscii() {
        TenantId acme = TenantId.of("acme");
        assertThatThrownBy(() -> new IdempotencyKey(acme, "POST /v1/customers", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotencyKey(acme, "POST /v1/customers", "a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotencyKey(acme, "POST /v1/customers", "é")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotencyKey(acme, "POST /v1/customers", "k".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new IdempotencyKey(acme, "POST /v1/customers", "k".repeat(255)).clientKey()).hasSize(255);
    }
}
