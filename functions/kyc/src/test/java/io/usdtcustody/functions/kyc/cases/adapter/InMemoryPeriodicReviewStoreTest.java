package io.usdtcustody.functions.kyc.cases.adapter;

import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.port.PeriodicReviewStore;
import io.usdtcustody.functions.kyc.fixture.InMemoryPeriodicReviewStore;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Optional;

/** The periodic review store contract against the in-memory fake the unit tests use. */
class InMemoryPeriodicReviewStoreTest extends PeriodicReviewStoreContract {
    private final InMemoryPeriodicReviewStore memory = new InMemoryPeriodicReviewStore();

    @Override
    PeriodicReviewStore store() {
        return memory;
    }

    @Override
    void given(KycCase decided, KycStanding standing) {
        memory.given(decided, standing);
    }

    @Override
    Optional<KycStanding> standing(TenantId tenant, String customerId) {
        return memory.standing(tenant, customerId);
    }
}
