package io.usdtcustody.custody.treasury.adapter;

import io.usdtcustody.custody.treasury.TreasuryMove;
import io.usdtcustody.custody.treasury.port.TreasuryMoves;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Treasury moves in memory, with the same conditional semantics as the DynamoDB adapter; for unit tests. */
public final class InMemoryTreasuryMoves implements TreasuryMoves {
    private final Map<UUID, TreasuryMove> moves = new ConcurrentHashMap<>();

    @Override
    public TreasuryMove createOnce(TreasuryMove move) {
        TreasuryMove existing = moves.putIfAbsent(move.id(), move);
        return existing == null ? move : existing;
    }

    @Override
    public boolean transition(TreasuryMove current, TreasuryMove next) {
        return moves.replace(current.id(), current, next);
    }

    @Override
    public Optional<TreasuryMove> find(UUID id) {
        return Optional.ofNullable(moves.get(id));
    }

    @Override
    public List<TreasuryMove> inState(TreasuryMove.State state, int limit) {
        return moves.values().stream().filter(m -> m.state() == state)
                .sorted(Comparator.comparing(TreasuryMove::createdAt)).limit(limit).toList();
    }
}
