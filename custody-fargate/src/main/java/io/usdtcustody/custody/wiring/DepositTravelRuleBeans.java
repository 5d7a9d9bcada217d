package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.deposit.DepositBooking;
import io.usdtcustody.custody.deposit.port.DepositFollowUp;
import io.usdtcustody.custody.deposit.travelrule.DepositTravelRule;
import io.usdtcustody.custody.deposit.travelrule.KnownVasps;
import io.usdtcustody.custody.deposit.travelrule.TravelRuleHolds;
import io.usdtcustody.custody.deposit.travelrule.adapter.DynamoDbHeldDepositStore;
import io.usdtcustody.custody.deposit.travelrule.adapter.DynamoDbReceivedTravelRuleStore;
import io.usdtcustody.custody.deposit.travelrule.api.DepositViews;
import io.usdtcustody.custody.deposit.travelrule.port.HeldDepositStore;
import io.usdtcustody.custody.deposit.travelrule.port.ReceivedTravelRuleStore;
import io.usdtcustody.custody.events.DynamoDbOutbox;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.custody.policy.adapter.TravelRulePrices;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.travelrule.AssetPrices;
import io.usdtcustody.model.travelrule.TravelRuleDecider;
import io.usdtcustody.model.travelrule.TravelRuleThresholds;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Travel Rule on incoming deposits: received IVMS101 data, held deposits, and the decision, in custody's
 * jurisdiction with the same USDT price snapshot as withdrawals ({@code custody.travel-rule.jurisdiction},
 * {@code custody.travel-rule.usdt-prices}); originating VASPs are known by LEI
 * ({@code custody.travel-rule.known-vasp-leis}). {@code custody.travel-rule.deposits.enabled=false} credits every
 * deposit as before (the API for received data stays off then too).
 */
@Factory
public class DepositTravelRuleBeans {

    /** The one booking the watcher and the holds share (so both publish the same deposit events). */
    @Singleton
    DepositBooking depositBooking(Ledger ledger, JsonCodec codec, Clock clock, @Nullable DepositFollowUp followUp) {
        return new DepositBooking(ledger, codec, clock, followUp == null ? DepositFollowUp.NONE : followUp);
    }

    @Singleton
    @Requires(property = "custody.travel-rule.deposits.enabled", notEquals = "false")
    ReceivedTravelRuleStore receivedTravelRuleStore(DynamoDbClient dynamoDb, ResourceNaming naming, JsonCodec codec) {
        return new DynamoDbReceivedTravelRuleStore(dynamoDb, naming.table(ResourceCatalogue.WALLETS), codec);
    }

    @Singleton
    @Requires(property = "custody.travel-rule.deposits.enabled", notEquals = "false")
    HeldDepositStore heldDepositStore(DynamoDbClient dynamoDb, ResourceNaming naming, DynamoDbOutbox outbox) {
        return new DynamoDbHeldDepositStore(dynamoDb, naming.table(ResourceCatalogue.WALLETS), outbox);
    }

    @Singleton
    @Requires(property = "custody.travel-rule.deposits.enabled", notEquals = "false")
    TravelRuleHolds travelRuleHolds(ReceivedTravelRuleStore received, HeldDepositStore holds, DepositBooking booking,
                                    AuditLog audit, JsonCodec codec, Clock clock,
                                    @Value("${custody.travel-rule.jurisdiction:FATF}") String jurisdiction,
                                    @Value("${custody.travel-rule.usdt-prices:USD=1}") String usdtPrices,
                                    @Value("${custody.travel-rule.known-vasp-leis:}") String knownVaspLeis,
                                    @Value("${custody.failpoint:}") String failpoint) {
        AssetPrices prices = TravelRulePrices.parse(usdtPrices, clock.instant());
        DepositTravelRule rule = new DepositTravelRule(new TravelRuleDecider(TravelRuleThresholds.defaults(codec)),
                jurisdiction, () -> prices, KnownVasps.parse(knownVaspLeis), clock);
        // crash tests only (CUSTODY_FAILPOINT, as Failpoint): halt like kill -9 once the release is in the ledger
        Runnable afterReleaseBooked = "DEPOSIT_RELEASED_NOT_RECORDED".equals(failpoint)
                ? () -> Runtime.getRuntime().halt(137) : () -> { };
        return new TravelRuleHolds(rule, received, holds, booking, audit, clock, afterReleaseBooked);
    }

    @Singleton
    @Requires(beans = TravelRuleHolds.class)
    DepositViews depositViews(Ledger ledger, TravelRuleHolds holds) {
        return new DepositViews(ledger, holds);
    }
}
