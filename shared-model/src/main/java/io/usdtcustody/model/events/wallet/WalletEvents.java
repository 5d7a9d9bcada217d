package io.usdtcustody.model.events.wallet;

import io.usdtcustody.model.events.EventContract;

/**
 * The contracts of the {@code wallet-events} stream. Partition key: the account (or customer) the event is
 * about, so events of one account arrive in order. Amounts are decimal strings in the asset's units.
 */
public final class WalletEvents {
    /** Every ledger transfer, whatever its kind (deposit, hold, release, settle, sweep, fee). */
    public static final EventContract<TransferApplied> TRANSFER_APPLIED =
            new EventContract<>("wallet.transfer.applied", 1, TransferApplied.class);
    /** A deposit credited to a customer after enough confirmations. */
    public static final EventContract<DepositCredited> DEPOSIT_CREDITED =
            new EventContract<>("wallet.deposit.credited", 1, DepositCredited.class);
    /** An alert: a deposit from a sanctioned address went to quarantine instead of the customer. */
    public static final EventContract<DepositQuarantined> DEPOSIT_QUARANTINED =
            new EventContract<>("wallet.deposit.quarantined", 1, DepositQuarantined.class);
    /** A withdrawal moved from one state to the next. */
    public static final EventContract<WithdrawalStateChanged> WITHDRAWAL_STATE_CHANGED =
            new EventContract<>("wallet.withdrawal.state-changed", 1, WithdrawalStateChanged.class);

    private WalletEvents() {
    }
}
