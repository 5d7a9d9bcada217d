package io.usdtcustody.custody.ledger;

import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.model.json.JsonCodec;
import java.time.Clock;

class InMemoryLedgerTest extends LedgerContract {
    @Override
    protected Ledger newLedger() {
        return new InMemoryLedger(Clock.systemUTC(), new LedgerEvents(new JsonCodec()));
    }
}
