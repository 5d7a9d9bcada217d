package io.usdtcustody.functions.onboarding.customer;

import io.usdtcustody.functions.onboarding.customer.adapter.InMemoryCustomerRecords;

class InMemoryCustomerRecordsTest extends CustomerRecordsContract {
    @Override
    protected Stores newStores() {
        InMemoryCustomerRecords records = new InMemoryCustomerRecords();
        return new Stores(records, records, records);
    }
}
