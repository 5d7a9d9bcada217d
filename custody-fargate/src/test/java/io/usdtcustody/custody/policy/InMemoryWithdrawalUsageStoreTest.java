package io.usdtcustody.custody.policy;

import io.usdtcustody.custody.policy.adapter.InMemoryWithdrawalUsageStore;
import io.usdtcustody.custody.policy.port.WithdrawalUsageStore;

class InMemoryWithdrawalUsageStoreTest extends WithdrawalUsageStoreContract {
    @Override
    protected WithdrawalUsageStore newStore() {
        return new InMemoryWithdrawalUsageStore();
    }
}
