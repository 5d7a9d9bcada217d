package io.usdtcustody.custody.treasury;

import io.usdtcustody.custody.treasury.adapter.InMemoryTreasuryMoves;
import io.usdtcustody.custody.treasury.port.TreasuryMoves;

class InMemoryTreasuryMovesTest extends TreasuryMovesContract {
    private final InMemoryTreasuryMoves moves = new InMemoryTreasuryMoves();

    @Override
    protected TreasuryMoves moves() {
        return moves;
    }
}
