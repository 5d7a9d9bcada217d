package io.usdtcustody.custody.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.treasury.TreasuryMove.Direction;
import io.usdtcustody.custody.treasury.TreasuryMove.State;
import io.usdtcustody.custody.treasury.port.TreasuryMoves;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link TreasuryMoves} adapter guarantees; run against the in-memory and the DynamoDB adapter. */
abstract class TreasuryMovesContract {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    protected abstract TreasuryMoves moves();

    @Test
    void createOnce_shouldKeepTheFirstMove_whenTheIdIsCreatedAgain() {
        TreasuryMove first = move(UUID.randomUUID(), "30");
        moves().createOnce(first);

        TreasuryMove again = moves().createOnce(move(first.id(), "31"));

        assertThat(again).isEqualTo(first);
        assertThat(moves().find(first.id())).contains(first);
    }

    @Test
    void transition_shouldApplyOnlyToTheVersionItWasComputedFrom() {
        TreasuryMove created = moves().createOnce(move(UUID.randomUUID(), "30"));
        TreasuryMove approved = created.moveTo(State.APPROVED, NOW.plusSeconds(60), null, null);

        assertThat(moves().transition(created, approved)).isTrue();
        assertThat(moves().transition(created, created.moveTo(State.CANCELLED, null, null, "LATE"))).isFalse();
        assertThat(moves().find(created.id())).contains(approved);
        assertThat(moves().inState(State.APPROVED, 100)).extracting(TreasuryMove::id).contains(created.id());
        assertThat(moves().inState(State.PENDING_APPROVAL, 100)).extracting(TreasuryMove::id).doesNotContain(created.id());
    }

    @Test
    void find_shouldBeEmpty_forAnUnknownId() {
        assertThat(moves().find(UUID.randomUUID())).isEmpty();
    }

    private static TreasuryMove move(UUID id, String amount) {
        return new TreasuryMove(id, Direction.COLD_TO_HOT, Amount.parse(amount, Asset.USDT_ETHEREUM),
                "0x" + "c".repeat(40), "0x" + "a".repeat(40), State.PENDING_APPROVAL, "alice", 2, NOW, null, null,
                null, 0);
    }
}
