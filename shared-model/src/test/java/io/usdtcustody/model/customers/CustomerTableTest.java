package io.usdtcustody.model.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class CustomerTableTest {

    @Test
    void customerPartition_shouldStartWithTheTenant_whenBuiltForACustomer() {
        assertThat(CustomerTable.customerPartition(TenantId.of("acme"), "c-1")).isEqualTo("TENANT#acme#CUSTOMER#c-1");
    }

    @Test
    void casePointerPartition_shouldNeverEqualACustomerPartition_whenIdsCoincide() {
        TenantId acme = TenantId.of("acme");

        assertThat(CustomerTable.casePointerPartition(acme, "x")).isEqualTo("TENANT#acme#KYCCASE#x")
                .isNotEqualTo(CustomerTable.customerPartition(acme, "x"));
    }

    @Test
    void caseSort_shouldSortUnderTheCasePrefix_andDifferFromTheStandingAndPointerKeys() {
        assertThat(CustomerTable.caseSort("k-9")).isEqualTo("KYCCASE#k-9").startsWith(CustomerTable.CASE_PREFIX);
        assertThat(CustomerTable.caseSort("k-9")).isNotEqualTo(CustomerTable.STANDING_SK)
                .isNotEqualTo(CustomerTable.CASE_POINTER_SK);
    }
}
