package io.usdtcustody.custody.deposit.travelrule;

import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.KNOWN_LEI;
import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.UNKNOWN_LEI;
import static io.usdtcustody.custody.deposit.travelrule.IncomingTravelRuleFixtures.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.policy.PolicyReasons;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.model.travelrule.AssetPrice;
import io.usdtcustody.model.travelrule.AssetPrices;
import io.usdtcustody.model.travelrule.TravelRuleDecider;
import io.usdtcustody.model.travelrule.TravelRuleOutcome;
import io.usdtcustody.model.travelrule.TravelRuleThresholds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DepositTravelRuleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final AssetPrices PRICES = AssetPrices.of(CLOCK.instant(),
            new AssetPrice("USDT", "USD", BigDecimal.ONE), new AssetPrice("USDT", "EUR", new BigDecimal("0.92")));
    private static final String ADDRESS = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
    private static final String OTHER_ADDRESS = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    private static final UUID DEPOSIT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final DepositTravelRule fatf = rule("FATF");

    @Test
    void decide_shouldCredit_whenTheDepositIsBelowTheThresholdWithoutData() {
        var verdict = fatf.decide(DEPOSIT, usdt("999.999999"), ADDRESS, Optional.empty());

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.reasonCode()).isEmpty();
    }

    @Test
    void decide_shouldHoldForData_whenTheDepositReachesTheThresholdWithoutData() {
        var verdict = fatf.decide(DEPOSIT, usdt("1000"), ADDRESS, Optional.empty());

        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.reasonCode()).isEqualTo(PolicyReasons.TRAVEL_RULE_DATA_REQUIRED);
        assertThat(verdict.outcome()).isEqualTo(TravelRuleOutcome.REQUIRED_MISSING);
        assertThat(verdict.detail()).contains("FATF").contains("deposit");
    }

    @Test
    void decide_shouldHoldForData_whenTheDataDoesNotNameTheDepositAddressAsTheBeneficiaryAccount() {
        var verdict = fatf.decide(DEPOSIT, usdt("2500"), ADDRESS, data(OTHER_ADDRESS, KNOWN_LEI));

        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.reasonCode()).isEqualTo(PolicyReasons.TRAVEL_RULE_DATA_REQUIRED);
    }

    @Test
    void decide_shouldHoldForReview_whenTheDataIsCompleteButTheOriginatingVaspIsNotKnown() {
        var verdict = fatf.decide(DEPOSIT, usdt("2500"), ADDRESS, data(ADDRESS, UNKNOWN_LEI));

        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.reasonCode()).isEqualTo(PolicyReasons.TRAVEL_RULE_COUNTERPARTY_UNKNOWN);
        assertThat(verdict.detail()).contains("originating VASP").doesNotContain("Liddell", "Example Exchange");
    }

    @Test
    void decide_shouldCredit_whenTheDataIsCompleteFromAKnownVasp() {
        var verdict = fatf.decide(DEPOSIT, usdt("2500"), ADDRESS, data(ADDRESS, KNOWN_LEI));

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.outcome()).isEqualTo(TravelRuleOutcome.COMPLIANT);
    }

    @Test
    void decide_shouldHoldEveryAmount_whenTheJurisdictionHasNoThreshold() {
        var verdict = rule("EU").decide(DEPOSIT, usdt("0.01"), ADDRESS, Optional.empty());

        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.reasonCode()).isEqualTo(PolicyReasons.TRAVEL_RULE_DATA_REQUIRED);
    }

    @Test
    void decide_shouldCreditBelowTheUsThreshold_whenTheAmountWouldBeHeldUnderFatf() {
        var verdict = rule("US").decide(DEPOSIT, usdt("2999"), ADDRESS, Optional.empty());

        assertThat(verdict.holds()).isFalse();
        assertThat(fatf.decide(DEPOSIT, usdt("2999"), ADDRESS, Optional.empty()).holds()).isTrue();
    }

    @Test
    void isKnown_shouldBeFalse_whenTheVaspIsNotIdentifiedByAListedLei() {
        KnownVasps known = KnownVasps.parse(" " + KNOWN_LEI.toLowerCase() + " ,");

        assertThat(known.isKnown(payload(ADDRESS, KNOWN_LEI).originatingVASP())).isTrue();
        assertThat(known.isKnown(payload(ADDRESS, UNKNOWN_LEI).originatingVASP())).isFalse();
        assertThat(KnownVasps.parse("").leis()).isEmpty();
    }

    @Test
    void parse_shouldRefuseTheSetting_whenAnLeiHasWrongCheckDigits() {
        assertThatThrownBy(() -> KnownVasps.parse("506700GE1G29325QX364"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("506700");
    }

    private static DepositTravelRule rule(String jurisdiction) {
        return new DepositTravelRule(new TravelRuleDecider(TravelRuleThresholds.defaults(new JsonCodec())),
                jurisdiction, () -> PRICES, KnownVasps.parse(KNOWN_LEI), CLOCK);
    }

    private static Optional<ReceivedTravelRule> data(String beneficiaryAccount, String lei) {
        return Optional.of(new ReceivedTravelRule(TenantId.of("acme"), Chain.ETHEREUM, "0x" + "ab".repeat(32), null,
                ADDRESS, payload(beneficiaryAccount, lei), CLOCK.instant()));
    }

    private static Amount usdt(String value) {
        return Amount.parse(value, Asset.USDT_ETHEREUM);
    }
}
