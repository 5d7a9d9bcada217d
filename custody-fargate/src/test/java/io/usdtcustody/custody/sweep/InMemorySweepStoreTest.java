package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.sweep.adapter.InMemorySweepStore;
import io.usdtcustody.custody.sweep.port.SweepStore;

class InMemorySweepStoreTest extends SweepStoreContract {
    @Override
    protected SweepStore newStore() {
        return new InMemorySweepStore();
    }
}
