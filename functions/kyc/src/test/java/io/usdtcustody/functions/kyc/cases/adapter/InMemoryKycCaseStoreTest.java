package io.usdtcustody.functions.kyc.cases.adapter;

import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.cases.port.KycCaseStore;
import io.usdtcustody.functions.kyc.fixture.InMemoryKycCaseStore;
import io.usdtcustody.model.tenancy.TenantId;

class InMemoryKycCaseStoreTest extends KycCaseStoreContract {
    private InMemoryKycCaseStore fake;

    @Override
    KycCaseStore store() {
        fake = new InMemoryKycCaseStore();
        return fake;
    }

    @Override
    void givenCustomer(TenantId tenant, String customerId) {
        fake.addCustomer(tenant, customerId);
    }

    @Override
    void givenCustomerFlaggedAtOnboarding(TenantId tenant, String customerId, ScreeningReview match) {
        fake.addCustomerFlaggedAtOnboarding(tenant, customerId, match);
    }
}
