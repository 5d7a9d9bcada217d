package io.usdtcustody.matching.transfers.port;

import io.usdtcustody.matching.transfers.WithdrawalRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Durable withdrawal records: each save is on disk when it returns. */
public interface WithdrawalRecords {

    Optional<WithdrawalRecord> find(UUID transferId);

    void save(WithdrawalRecord record);

    /** Forgets a withdrawal that the engine refused (nothing was debited, so there is nothing to tell). */
    void delete(UUID transferId);

    /** Every withdrawal not yet {@code PUBLISHED}, oldest request first. */
    List<WithdrawalRecord> unpublished();
}
