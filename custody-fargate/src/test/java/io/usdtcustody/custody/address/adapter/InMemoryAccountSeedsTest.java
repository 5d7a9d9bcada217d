package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.custody.address.port.AccountSeeds;

class InMemoryAccountSeedsTest extends AccountSeedsContract {
    @Override
    protected AccountSeeds newSeeds() {
        return new InMemoryAccountSeeds();
    }
}
