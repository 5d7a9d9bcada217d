package io.usdtcustody.custody.deposit.port;

import io.usdtcustody.custody.deposit.DepositCursor;
import java.util.Optional;

/**
 * Where deposit watchers keep their cursor. The cursor only moves forward, so two watchers on the same chain
 * (a rolling deployment, a stuck task) cannot take it back; each may re-scan, and the ledger's transfer ids
 * make re-booking harmless.
 */
public interface DepositCursorStore {

    /** The cursor, or empty before the first advance. */
    Optional<DepositCursor> load(String cursorId);

    /**
     * Stores {@code next} unless the stored cursor is already at or past {@code next.blockNumber()}.
     *
     * @return true when {@code next} was stored
     */
    boolean advance(String cursorId, DepositCursor next);
}
