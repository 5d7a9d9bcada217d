package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;

/**
 * Books a confirmed sweep in the funding ledger. Mirror accounts carry on-chain holdings with the opposite sign:
 * a deposit made the tenant's {@code CHAIN_MIRROR} negative (funds on deposit addresses), and the sweep moves
 * those funds to the hot wallet — so the chain mirror is credited back towards zero and the {@code HOT_WALLET}
 * mirror is debited ({@code HOT_WALLET → CHAIN_MIRROR}, kind {@code SWEEP}). No customer balance changes. The
 * transfer id comes from the sweep id, so the ledger books a sweep once however often this is called.
 */
public final class SweepBooking {
    private static final Asset ASSET = Asset.USDT_ETHEREUM;

    private final Ledger ledger;

    public SweepBooking(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The ledger amount of {@code sweep}; fails (IllegalArgumentException) when it does not fit a long. */
    public static Amount amountOf(Sweep sweep) {
        return Amount.fromOnChain(sweep.amount(), ASSET);
    }

    /** Applies the sweep's transfer (once); true when this call applied it, false when it was applied before. */
    public boolean book(Sweep sweep) {
        TenantId tenant = sweep.address().tenant();
        AccountId hot = AccountId.platform(tenant, ASSET, AccountPurpose.HOT_WALLET);
        AccountId chainMirror = AccountId.platform(tenant, ASSET, AccountPurpose.CHAIN_MIRROR);
        ledger.open(hot);
        ledger.open(chainMirror);
        return !ledger.transfer(tenant, new TransferRequest(sweep.transferId(), hot, chainMirror, amountOf(sweep),
                TransferKind.SWEEP, "sweep:" + sweep.id())).replayed();
    }
}
