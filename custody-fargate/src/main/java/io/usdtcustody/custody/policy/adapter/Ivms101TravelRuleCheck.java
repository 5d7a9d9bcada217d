package io.usdtcustody.custody.policy.adapter;

import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.custody.policy.port.TravelRuleCheck;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.travelrule.AssetPrices;
import io.usdtcustody.model.travelrule.TransferDirection;
import io.usdtcustody.model.travelrule.TravelRuleDecider;
import io.usdtcustody.model.travelrule.TravelRuleDecision;
import io.usdtcustody.model.travelrule.TravelRuleOutcome;
import io.usdtcustody.model.travelrule.TravelRuleTransfer;
import io.usdtcustody.model.travelrule.ivms101.IdentityPayload;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The Travel Rule check on the IVMS101 data attached to the withdrawal itself: the shared
 * {@link TravelRuleDecider} decides, for custody's jurisdiction, whether the data is required at this amount,
 * whether what is attached is complete and valid (the beneficiary's account must be the destination), and whether
 * the beneficiary VASP is identified — a payload without one (a self-hosted wallet, or an unknown exchange) is
 * held for compliance review. Fiat thresholds convert through {@code prices}, a snapshot the caller supplies;
 * with no price the data is required (a missing price never lets a large transfer through).
 */
public final class Ivms101TravelRuleCheck implements TravelRuleCheck {
    private final TravelRuleDecider decider;
    private final String jurisdiction;
    private final Supplier<AssetPrices> prices;
    private final JsonCodec codec;
    private final Clock clock;

    public Ivms101TravelRuleCheck(TravelRuleDecider decider, String jurisdiction, Supplier<AssetPrices> prices,
                                  JsonCodec codec, Clock clock) {
        this.decider = decider;
        this.jurisdiction = jurisdiction;
        this.prices = prices;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public Status check(Withdrawal withdrawal) {
        var request = withdrawal.request();
        TravelRuleDecision decision;
        if (!request.hasTravelRuleData()) {
            decision = decider.decide(jurisdiction, TransferDirection.OUTGOING, request.amount(), false, prices.get());
        } else {
            IdentityPayload payload = Ivms101Json.fromTree(codec.readTree(request.travelRule()
                    .getBytes(StandardCharsets.UTF_8))).orThrow("the stored Travel Rule data");
            TravelRuleTransfer transfer = new TravelRuleTransfer(withdrawal.id().toString(), TransferDirection.OUTGOING,
                    request.amount(), request.destination(), payload);
            decision = decider.decide(jurisdiction, transfer, payload.beneficiaryVASP() != null, prices.get(),
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        }
        if (!decision.holds()) {
            return Status.satisfied(decision.reason());
        }
        String code = decision.outcome() == TravelRuleOutcome.UNKNOWN_COUNTERPARTY_VASP
                ? PolicyReasons.TRAVEL_RULE_COUNTERPARTY_UNKNOWN : PolicyReasons.TRAVEL_RULE_DATA_REQUIRED;
        return Status.held(code, decision.reason());
    }
}
