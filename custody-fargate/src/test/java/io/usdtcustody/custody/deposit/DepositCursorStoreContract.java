package io.usdtcustody.custody.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.deposit.port.DepositCursorStore;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DepositCursorStore} adapter must do; run against the in-memory and the DynamoDB adapter. */
public abstract class DepositCursorStoreContract {
    private static final String HASH_A = "0x" + "a".repeat(64);
    private static final String HASH_B = "0x" + "b".repeat(64);

    private DepositCursorStore store;
    private String cursorId;

    protected abstract DepositCursorStore newStore();

    @BeforeEach
    void freshCursor() {
        store = newStore();
        cursorId = "ETHEREUM#0x" + UUID.randomUUID().toString().replace("-", "").substring(0, 20) + "0".repeat(20);
    }

    @Test
    void load_shouldBeEmpty_whenTheCursorWasNeverAdvanced() {
        assertThat(store.load(cursorId)).isEmpty();
    }

    @Test
    void advance_shouldStoreTheCursor_whenItMovesForward() {
        assertThat(store.advance(cursorId, new DepositCursor(10, HASH_A))).isTrue();
        assertThat(store.advance(cursorId, new DepositCursor(11, HASH_B))).isTrue();

        assertThat(store.load(cursorId)).contains(new DepositCursor(11, HASH_B));
    }

    @Test
    void advance_shouldRefuse_whenTheCursorWouldMoveBackOrStayPut() {
        store.advance(cursorId, new DepositCursor(20, HASH_A));

        assertThat(store.advance(cursorId, new DepositCursor(19, HASH_B))).isFalse();
        assertThat(store.advance(cursorId, new DepositCursor(20, HASH_B))).isFalse();
        assertThat(store.load(cursorId)).contains(new DepositCursor(20, HASH_A));
    }

    @Test
    void advance_shouldKeepCursorsApart_whenTheyHaveDifferentIds() {
        store.advance(cursorId, new DepositCursor(5, HASH_A));

        assertThat(store.load(cursorId + "x")).isEmpty();
    }
}
