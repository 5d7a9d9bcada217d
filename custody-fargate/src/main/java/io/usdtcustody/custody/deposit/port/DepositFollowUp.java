package io.usdtcustody.custody.deposit.port;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.deposit.TokenTransfer;

/**
 * Where the deposit watcher reports what it booked, for the work that follows on chain: a credited deposit makes
 * its address a candidate for a sweep to the hot wallet; a quarantined one freezes the address, so funds from a
 * sanctioned source are never moved automatically. Called after the ledger booked the deposit, and again for a
 * deposit found already booked the same way (a crash may have come in between), so implementations are
 * idempotent. A failure fails the poll, which then reads the same logs again.
 */
public interface DepositFollowUp {
    /** Nothing follows a booking (custody does not sweep). */
    DepositFollowUp NONE = new DepositFollowUp() {
        @Override
        public void credited(DepositAddress owner, TokenTransfer transfer) {
        }

        @Override
        public void quarantined(DepositAddress owner, TokenTransfer transfer) {
        }
    };

    void credited(DepositAddress owner, TokenTransfer transfer);

    void quarantined(DepositAddress owner, TokenTransfer transfer);
}
