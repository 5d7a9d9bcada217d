package io.usdtcustody.model.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantIdTest {

    @Test
    void of_shouldRefuseValuesThatAreNoTenantId() {
        assertThat(TenantId.of("acme-1").value()).isEqualTo("acme-1");
        assertThatThrownBy(() -> TenantId.of("Acme")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantId.of("-acme")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantId.of("a".repeat(41))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofCaller_shouldNameTheTenant_butNeverTheOperatorsReservedOne() {
        assertThat(TenantId.ofCaller("acme")).contains(TenantId.of("acme"));
        assertThat(TenantId.ofCaller("platform")).as("operators are never a public caller").isEmpty();
        assertThat(TenantId.ofCaller(TenantId.PLATFORM.value())).isEmpty();
        assertThat(TenantId.ofCaller("Platform")).isEmpty();
        assertThat(TenantId.ofCaller("")).isEmpty();
        assertThat(TenantId.ofCaller(null)).isEmpty();
        assertThat(TenantId.ofCaller("a b")).isEmpty();
    }
}
