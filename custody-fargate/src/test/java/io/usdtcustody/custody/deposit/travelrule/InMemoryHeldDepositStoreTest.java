package io.usdtcustody.custody.deposit.travelrule;

import io.usdtcustody.custody.deposit.travelrule.adapter.InMemoryHeldDepositStore;
import io.usdtcustody.custody.deposit.travelrule.port.HeldDepositStore;

class InMemoryHeldDepositStoreTest extends HeldDepositStoreContract {
    @Override
    protected HeldDepositStore newStore() {
        return new InMemoryHeldDepositStore();
    }
}
