package io.usdtcustody.custody.withdrawal;

import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.events.wallet.WalletEvents;
import io.usdtcustody.model.events.wallet.WithdrawalStateChanged;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds {@code wallet.withdrawal.state-changed} events; the event id is derived from (withdrawal, version). */
public final class WithdrawalEvents {
    private final JsonCodec codec;

    public WithdrawalEvents(JsonCodec codec) {
        this.codec = codec;
    }

    public OutboxEvent stateChanged(Withdrawal next, WithdrawalState from) {
        UUID eventId = UUID.nameUUIDFromBytes(("withdrawal:" + next.id() + ":v" + next.version())
                .getBytes(StandardCharsets.UTF_8));
        var request = next.request();
        WithdrawalStateChanged payload = new WithdrawalStateChanged(next.id().toString(), request.customerId(),
                from == null ? "" : from.name(), next.state().name(), request.amount().asset().chain().name(),
                request.amount().asset().code(), request.amount().toPlainString(), request.destination(),
                orEmpty(next.reason()), orEmpty(next.txHash()));
        return new OutboxEvent(ResourceCatalogue.WALLET_EVENTS, next.tenant().value() + "/" + request.customerId(),
                codec.wrap(WalletEvents.WITHDRAWAL_STATE_CHANGED, eventId, next.updatedAt(), next.tenant().value(), payload));
    }

    /** The contract carries "" for "none": the strict codec reads no nulls, so consumers never see one. */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
