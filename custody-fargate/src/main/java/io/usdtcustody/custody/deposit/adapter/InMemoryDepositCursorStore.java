package io.usdtcustody.custody.deposit.adapter;

import io.usdtcustody.custody.deposit.DepositCursor;
import io.usdtcustody.custody.deposit.port.DepositCursorStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Deposit cursors in memory, for unit tests; forward-only like the DynamoDB adapter. */
public final class InMemoryDepositCursorStore implements DepositCursorStore {
    private final Map<String, DepositCursor> cursors = new ConcurrentHashMap<>();

    @Override
    public Optional<DepositCursor> load(String cursorId) {
        return Optional.ofNullable(cursors.get(cursorId));
    }

    @Override
    public boolean advance(String cursorId, DepositCursor next) {
        boolean[] stored = {false};
        cursors.compute(cursorId, (id, current) -> {
            if (current != null && current.blockNumber() >= next.blockNumber()) {
                return current;
            }
            stored[0] = true;
            return next;
        });
        return stored[0];
    }
}
