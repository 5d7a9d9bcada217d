package io.usdtcustody.custody.deposit;

import io.usdtcustody.custody.deposit.adapter.InMemoryDepositCursorStore;
import io.usdtcustody.custody.deposit.port.DepositCursorStore;

class InMemoryDepositCursorStoreTest extends DepositCursorStoreContract {
    @Override
    protected DepositCursorStore newStore() {
        return new InMemoryDepositCursorStore();
    }
}
