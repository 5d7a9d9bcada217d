package io.usdtcustody.custody.deposit;

import io.usdtcustody.custody.deposit.port.DepositCursorStore;
import java.util.Optional;

/** Gives each test its own cursor in a shared table: the cursor id is per (chain, token), and tests share both. */
final class NamespacedCursorStore implements DepositCursorStore {
    private final DepositCursorStore delegate;
    private final String namespace;

    NamespacedCursorStore(DepositCursorStore delegate, String namespace) {
        this.delegate = delegate;
        this.namespace = namespace;
    }

    @Override
    public Optional<DepositCursor> load(String cursorId) {
        return delegate.load(namespace + "#" + cursorId);
    }

    @Override
    public boolean advance(String cursorId, DepositCursor next) {
        return delegate.advance(namespace + "#" + cursorId, next);
    }
}
