package io.usdtcustody.custody.deposit;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.deposit.port.DepositFollowUp;
import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.screening.address.SanctionsHit;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.events.EventContract;
import io.usdtcustody.model.events.wallet.DepositCredited;
import io.usdtcustody.model.events.wallet.DepositQuarantined;
import io.usdtcustody.model.events.wallet.WalletEvents;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.model.travelrule.DepositHeld;
import io.usdtcustody.model.travelrule.DepositHoldEvents;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books a confirmed USDT deposit in the funding ledger: {@code CHAIN_MIRROR → customer FUNDING} (kind
 * {@code DEPOSIT}) with a {@code wallet.deposit.credited} event, or, when the source is sanctioned,
 * {@code CHAIN_MIRROR → QUARANTINE} (kind {@code DEPOSIT_QUARANTINED}) with a {@code wallet.deposit.quarantined}
 * alert. The event commits in the ledger's own transaction. The transfer id is a name-based UUID of
 * (chain, tx hash, log index), so the ledger books each on-chain log once, across retries, restarts and
 * concurrent watchers. Each booking (now, or found booked the same way before) is then reported to
 * {@link DepositFollowUp}: credited funds get swept to the hot wallet, quarantined ones freeze their address.
 *
 * <p>A deposit the Travel Rule holds is booked {@code CHAIN_MIRROR → SUSPENSE} under the same transfer id (kind
 * {@code DEPOSIT}, with a {@code wallet.deposit.held} event) and later released {@code SUSPENSE → FUNDING} under a
 * second id derived from the first ({@link #releaseId}), with the ordinary {@code wallet.deposit.credited}: the
 * ledger applies each id once, so a release retried after a crash never credits twice.
 */
public final class DepositBooking {
    private static final Logger LOG = LoggerFactory.getLogger(DepositBooking.class);
    private static final Asset ASSET = Asset.USDT_ETHEREUM;

    /** What booking one deposit did. */
    public enum Outcome {
        /** This call moved the money. */
        BOOKED,
        /** An earlier call (another run, another watcher) had already booked this log. */
        ALREADY_BOOKED,
        /** The value cannot be represented (wider than a long of minor units); logged for operators. */
        UNBOOKABLE
    }

    private final Ledger ledger;
    private final JsonCodec codec;
    private final Clock clock;
    private final DepositFollowUp followUp;
    /** Tenants whose platform accounts this instance has opened (bounded by the number of tenants). */
    private final Set<TenantId> platformAccountsOpened = ConcurrentHashMap.newKeySet();

    public DepositBooking(Ledger ledger, JsonCodec codec, Clock clock) {
        this(ledger, codec, clock, DepositFollowUp.NONE);
    }

    public DepositBooking(Ledger ledger, JsonCodec codec, Clock clock, DepositFollowUp followUp) {
        this.ledger = ledger;
        this.codec = codec;
        this.clock = clock;
        this.followUp = followUp;
    }

    /** The ledger transfer id of an on-chain log: the same log always maps to the same id. */
    public static UUID transferId(Chain chain, TokenTransfer transfer) {
        return transferId(chain, transfer.txHash(), transfer.logIndex());
    }

    /** The same id from the log's transaction hash (any case) and log index. */
    public static UUID transferId(Chain chain, String txHash, long logIndex) {
        String name = "deposit:" + chain + ":" + EvmHex.hash(txHash, "txHash") + ":" + logIndex;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** Credits the deposit to the owner's funding account. */
    public Outcome credit(DepositAddress owner, TokenTransfer transfer, int confirmations) {
        AccountId funding = AccountId.customer(owner.tenant(), owner.customerId(), ASSET, AccountPurpose.FUNDING);
        Booked booked = book(owner, transfer, funding, TransferKind.DEPOSIT, (id, amount) ->
                credited(id, owner, transfer, amount, confirmations));
        if (booked.asRequested()) {
            followUp.credited(owner, transfer);
        }
        return booked.outcome();
    }

    /**
     * Books the deposit to the tenant's suspense account because the Travel Rule holds it ({@code reason} is the
     * hold's code). Not followed up: held funds are not swept until released.
     */
    public Booked hold(DepositAddress owner, TokenTransfer transfer, String reason) {
        AccountId suspense = AccountId.platform(owner.tenant(), ASSET, AccountPurpose.SUSPENSE);
        return book(owner, transfer, suspense, TransferKind.DEPOSIT, (id, amount) ->
                event(DepositHoldEvents.DEPOSIT_HELD, id.toString(), owner, new DepositHeld(id.toString(),
                        owner.customerId(), Chain.ETHEREUM.name(), ASSET.code(), amount.toPlainString(),
                        transfer.txHash(), transfer.logIndex(), owner.address(), reason)));
    }

    /** Whether the ledger holds this deposit in the tenant's suspense account (booked by {@link #hold}). */
    public boolean heldInSuspense(DepositAddress owner, TokenTransfer transfer) {
        return ledger.transfer(owner.tenant(), transferId(Chain.ETHEREUM, transfer))
                .map(receipt -> receipt.request().credit().purpose() == AccountPurpose.SUSPENSE).orElse(false);
    }

    /** The ledger transfer id of a held deposit's release: one per deposit, so it is credited once. */
    public static UUID releaseId(UUID depositId) {
        return UUID.nameUUIDFromBytes(("deposit-release:" + depositId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Credits a held deposit to its owner: {@code SUSPENSE → FUNDING} with {@code wallet.deposit.credited}, then
     * the follow-up of a credit (a sweep). Returns whether this call moved the money (false: released before).
     */
    public boolean release(DepositAddress owner, TokenTransfer transfer, int confirmations) {
        Amount amount = Amount.fromOnChain(transfer.value(), ASSET);
        UUID depositId = transferId(Chain.ETHEREUM, transfer);
        AccountId suspense = AccountId.platform(owner.tenant(), ASSET, AccountPurpose.SUSPENSE);
        AccountId funding = AccountId.customer(owner.tenant(), owner.customerId(), ASSET, AccountPurpose.FUNDING);
        ledger.open(funding);
        TransferRequest request = new TransferRequest(releaseId(depositId), suspense, funding, amount,
                TransferKind.DEPOSIT, transfer.reference());
        boolean replayed = ledger.transfer(owner.tenant(), request,
                List.of(credited(depositId, owner, transfer, amount, confirmations))).replayed();
        followUp.credited(owner, transfer);
        return !replayed;
    }

    private OutboxEvent credited(UUID depositId, DepositAddress owner, TokenTransfer transfer, Amount amount,
                                 int confirmations) {
        return event(WalletEvents.DEPOSIT_CREDITED, depositId.toString(), owner, new DepositCredited(
                depositId.toString(), owner.customerId(), Chain.ETHEREUM.name(), ASSET.code(), amount.toPlainString(),
                transfer.txHash(), transfer.logIndex(), transfer.blockNumber(), owner.address(), confirmations));
    }

    /** Moves the deposit to the tenant's quarantine account and raises the alert naming the matched list(s). */
    public Outcome quarantine(DepositAddress owner, TokenTransfer transfer, SanctionsHit hit) {
        AccountId quarantine = AccountId.platform(owner.tenant(), ASSET, AccountPurpose.QUARANTINE);
        Booked booked = book(owner, transfer, quarantine, TransferKind.DEPOSIT_QUARANTINED, (id, amount) ->
                event(WalletEvents.DEPOSIT_QUARANTINED, id.toString(), owner, new DepositQuarantined(id.toString(),
                        owner.customerId(), Chain.ETHEREUM.name(), ASSET.code(), amount.toPlainString(),
                        transfer.txHash(), transfer.logIndex(), transfer.from(), owner.address(), hit.listsText())));
        if (booked.asRequested()) {
            followUp.quarantined(owner, transfer);
        }
        return booked.outcome();
    }

    /** The outcome, and whether the ledger holds this deposit the way this call asked (not booked otherwise). */
    public record Booked(Outcome outcome, boolean asRequested) {
    }

    private interface EventFactory {
        OutboxEvent build(UUID transferId, Amount amount);
    }

    private Booked book(DepositAddress owner, TokenTransfer transfer, AccountId credit, TransferKind kind,
                         EventFactory event) {
        Amount amount;
        try {
            amount = Amount.fromOnChain(transfer.value(), ASSET);
        } catch (IllegalArgumentException tooLarge) {
            LOG.error("deposit {} of tenant {} is too large to book; needs manual handling", transfer.reference(),
                    owner.tenant());
            return new Booked(Outcome.UNBOOKABLE, false);
        }
        AccountId mirror = AccountId.platform(owner.tenant(), ASSET, AccountPurpose.CHAIN_MIRROR);
        openAccounts(owner.tenant(), credit);
        UUID id = transferId(Chain.ETHEREUM, transfer);
        TransferRequest request = new TransferRequest(id, mirror, credit, amount, kind, transfer.reference());
        try {
            boolean replayed = ledger.transfer(owner.tenant(), request, List.of(event.build(id, amount))).replayed();
            return new Booked(replayed ? Outcome.ALREADY_BOOKED : Outcome.BOOKED, true);
        } catch (PlatformException e) {
            if (e.errorCode() != ErrorCode.IDEMPOTENCY_KEY_REUSED) {
                throw e;
            }
            // booked before with another outcome (e.g. the sanctions list changed in between): the first booking
            // stands; moving it is a compliance decision, not the watcher's
            LOG.warn("deposit {} of tenant {} was already booked differently; left as booked", transfer.reference(),
                    owner.tenant());
            return new Booked(Outcome.ALREADY_BOOKED, false);
        }
    }

    private void openAccounts(TenantId tenant, AccountId credit) {
        if (!platformAccountsOpened.contains(tenant)) {
            ledger.open(AccountId.platform(tenant, ASSET, AccountPurpose.CHAIN_MIRROR));
            ledger.open(AccountId.platform(tenant, ASSET, AccountPurpose.QUARANTINE));
            ledger.open(AccountId.platform(tenant, ASSET, AccountPurpose.SUSPENSE));
            platformAccountsOpened.add(tenant);
        }
        if (credit.purpose().customerOwned()) {
            ledger.open(credit); // idempotent; one conditional put, and deposits are rare per customer
        }
    }

    /**
     * A deposit event for the owner's funding account (its partition key, so a customer's deposit events stay in
     * order), with an id named after {@code eventKey}: the same key always gives the same event id.
     */
    public <T> OutboxEvent event(EventContract<T> contract, String eventKey, DepositAddress owner, T payload) {
        AccountId funding = AccountId.customer(owner.tenant(), owner.customerId(), ASSET, AccountPurpose.FUNDING);
        UUID eventId = UUID.nameUUIDFromBytes((contract.type() + ":" + eventKey).getBytes(StandardCharsets.UTF_8));
        return new OutboxEvent(ResourceCatalogue.WALLET_EVENTS, funding.key(),
                codec.wrap(contract, eventId, clock.instant(), owner.tenant().value(), payload));
    }
}
