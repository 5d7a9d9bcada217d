package io.usdtcustody.custody.chain.ethereum.nonce;

import io.usdtcustody.custody.chain.ethereum.nonce.adapter.InMemoryNonceManager;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;

class InMemoryNonceManagerTest extends NonceManagerContract {
    @Override
    protected NonceManager newNonceManager() {
        return new InMemoryNonceManager(clock);
    }
}
