package io.usdtcustody.matching.transfers.port;

import io.usdtcustody.matching.transfers.WithdrawalRecord;

/**
 * Tells custody about an applied withdrawal ({@code trading.transfer.to-funding} on {@code trading-withdrawals}).
 * Returns once the event is stored; throws when it is not. Publishing the same record twice publishes the same
 * event id, which custody books once.
 */
public interface WithdrawalPublisher {

    void publish(WithdrawalRecord withdrawal);
}
