package io.usdtcustody.custody.deposit.travelrule.api;

import io.usdtcustody.custody.deposit.travelrule.TravelRuleHolds;
import io.usdtcustody.custody.deposit.travelrule.TravelRuleHolds.TokenRef;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferReceipt;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.UUID;

/**
 * Finds a deposit by id for the API: the id is the ledger transfer that booked it (tenant-scoped, so another
 * tenant's deposit is a 404), and where that transfer went says what happened — the customer's funding account
 * (credited), quarantine, or suspense (held by the Travel Rule, whose hold record then tells its state and reason).
 */
public final class DepositViews {
    private final Ledger ledger;
    private final TravelRuleHolds holds;

    public DepositViews(Ledger ledger, TravelRuleHolds holds) {
        this.ledger = ledger;
        this.holds = holds;
    }

    public DepositView find(TenantId tenant, UUID id) {
        TransferRequest booking = ledger.transfer(tenant, id).map(TransferReceipt::request)
                .filter(r -> r.debit().purpose() == AccountPurpose.CHAIN_MIRROR)
                .filter(r -> r.kind() == TransferKind.DEPOSIT || r.kind() == TransferKind.DEPOSIT_QUARANTINED)
                .orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND, "no such deposit"));
        TokenRef ref = ref(booking);
        AccountPurpose to = booking.credit().purpose();
        if (to == AccountPurpose.SUSPENSE) {
            return holds.find(tenant, ref).map(DepositView::of).orElseGet(() -> view(booking, ref, null, "HELD"));
        }
        return view(booking, ref, to == AccountPurpose.FUNDING ? booking.credit().owner() : null,
                to == AccountPurpose.QUARANTINE ? "QUARANTINED" : "CREDITED");
    }

    /** The on-chain identity of a deposit (its ledger reference), for the operator's release and reject. */
    public TokenRef ref(TenantId tenant, UUID id) {
        TransferRequest booking = ledger.transfer(tenant, id).map(TransferReceipt::request)
                .filter(r -> r.credit().purpose() == AccountPurpose.SUSPENSE)
                .orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND,
                        "no deposit held by the Travel Rule with that id"));
        return ref(booking);
    }

    private static TokenRef ref(TransferRequest booking) {
        return TokenRef.parse(booking.reference()).orElseThrow(() -> new IllegalStateException(
                "a deposit's ledger reference is txHash:logIndex"));
    }

    private static DepositView view(TransferRequest booking, TokenRef ref, String customerId, String state) {
        return DepositView.settled(booking.transferId().toString(), customerId, booking.amount().asset().chain().name(),
                booking.amount().asset().code(), booking.amount().toPlainString(), ref.txHash(), ref.logIndex(), state);
    }
}
