package io.usdtcustody.custody.deposit.port;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.deposit.DepositBooking;
import io.usdtcustody.custody.deposit.TokenTransfer;
import java.util.Optional;

/**
 * Asked by the deposit watcher before it credits a confirmed, unsanctioned deposit: whether the deposit must be
 * held instead (the Travel Rule above the threshold). When it must, the implementation books the hold and answers
 * with the booking's outcome; empty means "credit it as usual". Called again for a log read again after a crash,
 * so implementations are idempotent.
 */
public interface DepositHolds {
    /** Nothing is ever held. */
    DepositHolds NONE = (owner, transfer, confirmations) -> Optional.empty();

    Optional<DepositBooking.Outcome> holdIfRequired(DepositAddress owner, TokenTransfer transfer, int confirmations);
}
