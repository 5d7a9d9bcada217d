package io.usdtcustody.model.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
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

    @Test
    void gsi1_shouldBeTheCataloguesIndexOfTheCustomersTable() {
        var index = ResourceCatalogue.CUSTOMERS.globalIndexes().get(0);

        assertThat(index.name()).isEqualTo(CustomerTable.GSI1);
        assertThat(index.partitionKey().name()).isEqualTo(CustomerTable.GSI1_PK);
        assertThat(index.sortKey().orElseThrow().name()).isEqualTo(CustomerTable.GSI1_SK);
    }

    @Test
    void sortableTime_shouldBeFixedWidth_whenTheInstantHasNoMilliseconds() {
        assertThat(CustomerTable.sortableTime(Instant.parse("2026-11-25T10:00:00Z"))).isEqualTo("2026-11-25T10:00:00.000Z");
        assertThat(CustomerTable.sortableTime(Instant.parse("2026-11-25T10:00:00.5Z"))).isEqualTo("2026-11-25T10:00:00.500Z");
    }

    @Test
    void reviewQueuePartition_shouldDifferFromTheTenantsCustomerList() {
        TenantId acme = TenantId.of("acme");

        assertThat(CustomerTable.reviewQueuePartition(acme)).isEqualTo("TENANT#acme#KYCREVIEWS")
                .isNotEqualTo(CustomerTable.tenantCustomersPartition(acme));
    }
}
