package io.usdtcustody.custody.deposit.travelrule;

import io.usdtcustody.custody.deposit.travelrule.adapter.InMemoryReceivedTravelRuleStore;
import io.usdtcustody.custody.deposit.travelrule.port.ReceivedTravelRuleStore;

class InMemoryReceivedTravelRuleStoreTest extends ReceivedTravelRuleStoreContract {
    @Override
    protected ReceivedTravelRuleStore newStore() {
        return new InMemoryReceivedTravelRuleStore();
    }
}
