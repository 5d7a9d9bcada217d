package io.usdtcustody.custody.policy;

import io.usdtcustody.custody.policy.adapter.InMemoryWhitelistStore;
import io.usdtcustody.custody.policy.port.WhitelistStore;

class InMemoryWhitelistStoreTest extends WhitelistStoreContract {
    @Override
    protected WhitelistStore newStore() {
        return new InMemoryWhitelistStore();
    }
}
