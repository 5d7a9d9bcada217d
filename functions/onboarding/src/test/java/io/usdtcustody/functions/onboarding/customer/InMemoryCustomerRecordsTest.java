package io.usdtcustody.functions.onboarding.customer;

import io.usdtcustody.functions.onboarding.customer.adapter.InMemoryCustomerRecords;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;

class InMemoryCustomerRecordsTest extends CustomerRecordsContract {
    private InMemoryCustomerRecords records;

    @Override
    protected Stores newStores() {
        records = new InMemoryCustomerRecords();
        return new Stores(records, records, records);
    }

    @Override
    protected void writeKycStanding(TenantId tenant, String customerId, KycStandingStatus status) {
        records.setKycStanding(tenant, customerId, status);
    }
}
