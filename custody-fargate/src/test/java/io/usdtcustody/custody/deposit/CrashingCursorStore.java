package io.usdtcustody.custody.deposit;

import io.usdtcustody.custody.deposit.port.DepositCursorStore;
import java.util.Optional;

/** Reads the real cursor but "crashes" when asked to save it: the process died after booking, before the save. */
final class CrashingCursorStore implements DepositCursorStore {
    private final DepositCursorStore delegate;

    CrashingCursorStore(DepositCursorStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<DepositCursor> load(String cursorId) {
        return delegate.load(cursorId);
    }

    @Override
    public boolean advance(String cursorId, DepositCursor next) {
        throw new IllegalStateException("simulated crash before the cursor was saved");
    }
}
