package io.usdtcustody.custody.trading;

import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferReceipt;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.events.EventContract;
import io.usdtcustody.model.events.trading.TradingTransfer;
import io.usdtcustody.model.events.trading.TradingTransferEvents;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Moves a customer's USDT between the funding ledger and the matching engine's trading balances. Out to trading:
 * the funding account is debited into the tenant's {@link AccountPurpose#TRADING_OMNIBUS} and the
 * {@code trading.transfer.to-trading} event is committed in the same ledger transaction (the outbox relays it to
 * {@code trading-transfers}). Back from trading: matching's {@code trading.transfer.to-funding} event credits the
 * funding account from the omnibus. Both are ledger transfers keyed by their transfer id, so each is booked once
 * however often it is requested or delivered.
 */
public final class TradingTransferService {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final Ledger ledger;
    private final JsonCodec codec;
    private final Clock clock;

    public TradingTransferService(Ledger ledger, JsonCodec codec, Clock clock) {
        this.ledger = ledger;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Sends {@code request} to trading once per (tenant, idempotency key): the same key with the same payload
     * answers the original receipt ({@code replayed}); another payload is a 409; too little on the funding
     * account is a 422 and books nothing.
     */
    public TransferReceipt toTrading(TenantId tenant, String idempotencyKey, TradingTransferRequest request) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw PlatformException.validation(
                    "Idempotency-Key must be 1-128 characters of letters, digits and . _ : -", List.of());
        }
        UUID transferId = UUID.nameUUIDFromBytes(("trading-transfer:" + tenant.value() + ":" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8));
        AccountId funding = funding(tenant, request.customerId());
        if (ledger.balance(tenant, funding).isEmpty()) {
            throw new PlatformException(ErrorCode.INSUFFICIENT_FUNDS, "the customer has no USDT funding balance");
        }
        AccountId omnibus = omnibus(tenant);
        ledger.open(omnibus);
        TransferRequest transfer = new TransferRequest(transferId, funding, omnibus, request.amount(),
                TransferKind.TO_TRADING, "");
        return ledger.transfer(tenant, transfer,
                List.of(toTradingEvent(tenant, transfer, request.customerId())));
    }

    /**
     * Credits a withdrawal from trading to the customer's funding account, once per transfer id (a repeat of the
     * same event changes nothing). A malformed payload, or a transfer id already booked with other values, is a
     * {@link PlatformException} that a redelivery cannot fix.
     */
    public TransferReceipt fromTrading(TenantId tenant, TradingTransfer event) {
        TradingTransferRequest request = TradingTransferRequest.fromEvent(event);
        UUID transferId = TradingTransferRequest.transferId(event.transferId());
        AccountId funding = funding(tenant, request.customerId());
        AccountId omnibus = omnibus(tenant);
        ledger.open(funding);
        ledger.open(omnibus);
        return ledger.transfer(tenant, new TransferRequest(transferId, omnibus, funding, request.amount(),
                TransferKind.FROM_TRADING, ""));
    }

    private OutboxEvent toTradingEvent(TenantId tenant, TransferRequest transfer, String customerId) {
        EventContract<TradingTransfer> contract = TradingTransferEvents.TO_TRADING;
        UUID eventId = UUID.nameUUIDFromBytes((contract.type() + ":" + transfer.transferId())
                .getBytes(StandardCharsets.UTF_8));
        TradingTransfer payload = new TradingTransfer(transfer.transferId().toString(), customerId,
                transfer.amount().asset().code(), transfer.amount().asset().chain().name(),
                transfer.amount().toPlainString());
        return new OutboxEvent(ResourceCatalogue.TRADING_TRANSFERS, TradingTransferEvents.partitionKey(tenant.value(), customerId),
                codec.wrap(contract, eventId, clock.instant(), tenant.value(), payload));
    }

    static AccountId funding(TenantId tenant, String customerId) {
        return AccountId.customer(tenant, Objects.requireNonNull(customerId), TradingTransferRequest.SETTLEMENT_ASSET,
                AccountPurpose.FUNDING);
    }

    static AccountId omnibus(TenantId tenant) {
        return AccountId.platform(tenant, TradingTransferRequest.SETTLEMENT_ASSET, AccountPurpose.TRADING_OMNIBUS);
    }
}
