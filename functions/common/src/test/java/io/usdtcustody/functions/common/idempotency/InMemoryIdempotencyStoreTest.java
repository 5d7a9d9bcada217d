package io.usdtcustody.functions.common.idempotency;

import io.usdtcustody.functions.common.idempotency.adapter.InMemoryIdempotencyStore;
import io.usdtcustody.functions.common.idempotency.port.IdempotencyStore;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore newStore() {
        return new InMemoryIdempotencyStore();
    }
}
