package io.usdtcustody.custody.withdrawal.port;

import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persists withdrawals and their idempotency keys. Every write is conditional: a withdrawal is created once per
 * (tenant, idempotency key), and a transition applies only to the version it was computed from. Events are
 * committed in the same write.
 */
public interface WithdrawalStore {

    /** What {@link #create} found: the new withdrawal, or the one an earlier request with the key created. */
    record Created(Withdrawal withdrawal, boolean existed, boolean samePayload) {
    }

    Created create(Withdrawal withdrawal, String idempotencyKey, OutboxEvent event);

    /**
     * Replaces {@code current} by {@code next} if nobody changed it since; returns false (changing nothing) when
     * the stored version moved on.
     */
    boolean transition(Withdrawal current, Withdrawal next, Optional<OutboxEvent> event);

    Optional<Withdrawal> find(TenantId tenant, UUID id);

    /** Withdrawals in a state, oldest change first (workers drive them on; recovery finishes them). */
    List<Withdrawal> inState(WithdrawalState state, int limit);

    /** Withdrawals in a state, latest change first (what just ended, e.g. to release what a crash left held). */
    List<Withdrawal> latestInState(WithdrawalState state, int limit);
}
