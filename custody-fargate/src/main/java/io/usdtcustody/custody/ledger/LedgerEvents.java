package io.usdtcustody.custody.ledger;

import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.events.wallet.TransferApplied;
import io.usdtcustody.model.events.wallet.WalletEvents;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Builds the {@code wallet.transfer.applied} event every ledger transfer commits with. */
public final class LedgerEvents {
    private final JsonCodec codec;

    public LedgerEvents(JsonCodec codec) {
        this.codec = codec;
    }

    public OutboxEvent transferApplied(TransferRequest request, Instant appliedAt) {
        UUID eventId = UUID.nameUUIDFromBytes((WalletEvents.TRANSFER_APPLIED.type() + ":" + request.transferId())
                .getBytes(StandardCharsets.UTF_8));
        TransferApplied payload = new TransferApplied(request.transferId().toString(), request.debit().key(),
                request.credit().key(), request.amount().asset().code(), request.amount().asset().chain().name(),
                request.amount().toPlainString(), request.kind().name(), request.reference());
        // the customer's side orders the event: a customer's movements arrive in order
        AccountId orderedBy = request.credit().purpose().customerOwned() ? request.credit() : request.debit();
        return new OutboxEvent(ResourceCatalogue.WALLET_EVENTS, orderedBy.key(),
                codec.wrap(WalletEvents.TRANSFER_APPLIED, eventId, appliedAt, request.debit().tenant().value(), payload));
    }
}
