package io.usdtcustody.custody.withdrawal.adapter;

import io.usdtcustody.custody.withdrawal.port.WithdrawalStore;

class InMemoryWithdrawalStoreTest extends WithdrawalStoreContract {
    @Override
    protected WithdrawalStore newStore() {
        return new InMemoryWithdrawalStore();
    }
}
