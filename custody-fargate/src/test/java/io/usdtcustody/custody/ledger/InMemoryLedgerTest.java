package io.usdtcustody.custody.ledger;

import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.custody.ledger.port.Ledger;
import java.time.Clock;

class InMemoryLedgerTest extends LedgerContract {
    @Override
    protected Ledger newLedger() {
        return new InMemoryLedger(Clock.systemUTC());
    }
}
