package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.custody.address.port.AccountXpubs;

class InMemoryAccountXpubsTest extends AccountXpubsContract {
    @Override
    protected AccountXpubs newXpubs() {
        return new InMemoryAccountXpubs();
    }
}
