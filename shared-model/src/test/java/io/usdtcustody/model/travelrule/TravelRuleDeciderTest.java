package io.usdtcustody.model.travelrule;

import static io.usdtcustody.model.travelrule.TravelRuleFixtures.NO_PRICES;
import static io.usdtcustody.model.travelrule.TravelRuleFixtures.PRICES;
import static io.usdtcustody.model.travelrule.TravelRuleFixtures.incoming;
import static io.usdtcustody.model.travelrule.TravelRuleFixtures.outgoing;
import static io.usdtcustody.model.travelrule.TravelRuleFixtures.usdt;
import static io.usdtcustody.model.travelrule.ivms101.Ivms101Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.travelrule.ivms101.Beneficiary;
import io.usdtcustody.model.travelrule.ivms101.IdentityPayload;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Fixtures;
import io.usdtcustody.model.travelrule.ivms101.NaturalPerson;
import io.usdtcustody.model.travelrule.ivms101.Originator;
import io.usdtcustody.model.travelrule.ivms101.Person;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TravelRuleDeciderTest {
    private static final TravelRuleDecider DECIDER =
            new TravelRuleDecider(TravelRuleThresholds.defaults(new JsonCodec()));

    private static TravelRuleDecision withoutData(String jurisdiction, String value) {
        return DECIDER.decide(jurisdiction, TransferDirection.OUTGOING, usdt(value), true, PRICES);
    }

    private static TravelRuleDecision withData(String jurisdiction, TravelRuleTransfer transfer) {
        return DECIDER.decide(jurisdiction, transfer, true, PRICES, TODAY);
    }

    /** Alice with only her name: no address, identification, customer number or birth data. */
    private static IdentityPayload nameOnlyOriginator() {
        NaturalPerson alice = Ivms101Fixtures.alice();
        return Ivms101Fixtures.withOriginator(Person.natural(
                new NaturalPerson(alice.name(), List.of(), null, null, null, null)));
    }

    @ParameterizedTest
    @CsvSource({
            "US, 2999.999999, NOT_REQUIRED",
            "US, 3000,        REQUIRED_MISSING",
            "CA, 729.927006,  NOT_REQUIRED",
            "CA, 729.927007,  REQUIRED_MISSING",
            "EU, 0.000001,    REQUIRED_MISSING",
            "CH, 0.000001,    REQUIRED_MISSING",
            "JP, 0.000001,    REQUIRED_MISSING",
            "SG, 0.01,        REQUIRED_MISSING",
            "BR, 0.01,        REQUIRED_MISSING"})
    void decide_shouldApplyTheJurisdictionsThreshold_whenNoDataAttached(String jurisdiction, String value,
            TravelRuleOutcome expected) {
        assertThat(withoutData(jurisdiction, value).outcome()).isEqualTo(expected);
    }

    @Test
    void decide_shouldExplainTheHold_whenAboveThresholdWithoutData() {
        TravelRuleDecision decision = withoutData("US", "5000");

        assertThat(decision.holds()).isTrue();
        assertThat(decision.requirement()).isEqualTo(DataRequirement.FULL);
        assertThat(decision.threshold()).isEqualTo(usdt("3000"));
        assertThat(decision.source()).contains("31 CFR 1010.410(f)");
        assertThat(decision.reason()).isEqualTo("Travel Rule data (full originator and beneficiary information) is"
                + " required from 3000 USD (3000 USDT) in US and none is attached to this withdrawal; it is held"
                + " until the data is provided");
    }

    @Test
    void decide_shouldConvertEuroThresholdWithPrice_andRoundItDown() {
        // GB: EUR 1,000 at 0.92 EUR per USDT is 1086.956521 USDT (rounded down)
        assertThat(withoutData("GB", "1086.956521").requirement()).isEqualTo(DataRequirement.FULL);
        assertThat(withoutData("GB", "1086.95652").requirement()).isEqualTo(DataRequirement.NAMES_AND_ACCOUNTS);
        assertThat(withoutData("GB", "1086.956521").threshold()).isEqualTo(usdt("1086.956521"));
    }

    @Test
    void decide_shouldNotIncludeTheThreshold_whenRuleSaysExceeding() {
        assertThat(withoutData("SG", "1500").requirement()).isEqualTo(DataRequirement.NAMES_AND_ACCOUNTS);
        assertThat(withoutData("SG", "1500.000001").requirement()).isEqualTo(DataRequirement.FULL);
    }

    @Test
    void decide_shouldRequireData_whenNoPriceConvertsTheThreshold() {
        TravelRuleDecision decision = DECIDER.decide("US", TransferDirection.OUTGOING, usdt("1"), true, NO_PRICES);

        assertThat(decision.outcome()).isEqualTo(TravelRuleOutcome.REQUIRED_MISSING);
        assertThat(decision.threshold()).isNull();
        assertThat(decision.reason()).contains("no price to convert it");
    }

    @Test
    void decide_shouldNameTheFallback_whenJurisdictionNotInTable() {
        TravelRuleDecision decision = withoutData("BR", "10");

        assertThat(decision.jurisdiction()).isEqualTo("FATF");
        assertThat(decision.requirement()).isEqualTo(DataRequirement.NAMES_AND_ACCOUNTS);
        assertThat(decision.reason()).contains("FATF (fallback for BR)");
    }

    @Test
    void decide_shouldBeCompliant_whenCompleteDataAndKnownCounterparty() {
        TravelRuleDecision decision = withData("EU", outgoing("2500"));

        assertThat(decision.outcome()).isEqualTo(TravelRuleOutcome.COMPLIANT);
        assertThat(decision.problems()).isEmpty();
        assertThat(decision.holds()).isFalse();
    }

    @Test
    void decide_shouldHoldForReview_whenCounterpartyVaspUnknown_inEitherDirection() {
        TravelRuleDecision out = DECIDER.decide("EU", outgoing("2500"), false, PRICES, TODAY);
        TravelRuleDecision in = DECIDER.decide("EU", incoming("2500"), false, PRICES, TODAY);

        assertThat(out.outcome()).isEqualTo(TravelRuleOutcome.UNKNOWN_COUNTERPARTY_VASP);
        assertThat(out.reason()).contains("beneficiary VASP of this withdrawal");
        assertThat(in.outcome()).isEqualTo(TravelRuleOutcome.UNKNOWN_COUNTERPARTY_VASP);
        assertThat(in.reason()).contains("originating VASP of this deposit");
        assertThat(in.holds()).isTrue();
    }

    @Test
    void decide_shouldAcceptNameOnlyOriginator_belowThresholdWhereNamesSuffice_butNotAbove() {
        assertThat(withData("GB", outgoing("500", nameOnlyOriginator())).outcome())
                .isEqualTo(TravelRuleOutcome.COMPLIANT);

        TravelRuleDecision above = withData("GB", outgoing("5000", nameOnlyOriginator()));

        assertThat(above.outcome()).isEqualTo(TravelRuleOutcome.REQUIRED_MISSING);
        assertThat(above.problems()).extracting(FieldError::field)
                .containsExactly("ivms101.originator.originatorPersons[0].naturalPerson");
    }

    @Test
    void decide_shouldRequireAddressAndIdentifiers_underEuAndUsProfiles() {
        NaturalPerson alice = Ivms101Fixtures.alice();
        IdentityPayload idOnly = Ivms101Fixtures.withOriginator(Person.natural(new NaturalPerson(alice.name(),
                List.of(), alice.nationalIdentification(), null, null, null)));

        assertThat(withData("FATF", outgoing("5000", idOnly)).outcome()).isEqualTo(TravelRuleOutcome.COMPLIANT);
        assertThat(withData("US", outgoing("5000", idOnly)).problems()).extracting(FieldError::field)
                .containsExactly("ivms101.originator.originatorPersons[0].naturalPerson.geographicAddress");
        assertThat(withData("EU", outgoing("5000", idOnly)).problems()).extracting(FieldError::field)
                .containsExactly("ivms101.originator.originatorPersons[0].naturalPerson.geographicAddress",
                        "ivms101.originator.originatorPersons[0].naturalPerson");
    }

    @Test
    void decide_shouldRequireDestinationAmongBeneficiaryAccounts_andOriginatorAccount() {
        IdentityPayload base = Ivms101Fixtures.outgoing();
        IdentityPayload wrongAccounts = IdentityPayload.of(
                new Originator(base.originator().originatorPersons(), List.of()),
                new Beneficiary(base.beneficiary().beneficiaryPersons(), List.of(Ivms101Fixtures.ORIGINATOR_ADDRESS)),
                base.originatingVASP(), base.beneficiaryVASP());

        TravelRuleDecision decision = withData("EU", outgoing("10", wrongAccounts));

        assertThat(decision.outcome()).isEqualTo(TravelRuleOutcome.REQUIRED_MISSING);
        assertThat(decision.problems()).extracting(FieldError::field)
                .containsExactly("ivms101.originator.accountNumber", "ivms101.beneficiary.accountNumber");
    }

    @Test
    void decide_shouldMatchDestination_whateverTheLetterCaseOfAnEthereumAccount() {
        IdentityPayload base = Ivms101Fixtures.outgoing();
        IdentityPayload lowerCase = IdentityPayload.of(base.originator(),
                new Beneficiary(base.beneficiary().beneficiaryPersons(),
                        List.of(Ivms101Fixtures.BENEFICIARY_ADDRESS.toLowerCase(java.util.Locale.ROOT))),
                base.originatingVASP(), base.beneficiaryVASP());

        assertThat(withData("EU", outgoing("10", lowerCase)).outcome()).isEqualTo(TravelRuleOutcome.COMPLIANT);
    }

    @Test
    void decide_shouldListIvms101FaultsWithEnvelopePaths_whenPayloadInvalid() {
        IdentityPayload base = Ivms101Fixtures.outgoing();
        NaturalPerson alice = Ivms101Fixtures.alice();
        NaturalPerson bornTomorrow = new NaturalPerson(alice.name(), alice.geographicAddress(), null,
                alice.customerIdentification(), new io.usdtcustody.model.travelrule.ivms101.DateAndPlaceOfBirth(
                        TODAY.plusDays(1), "Oxford"), "UK");
        IdentityPayload payload = IdentityPayload.of(
                new Originator(List.of(Person.natural(bornTomorrow)), base.originator().accountNumber()),
                base.beneficiary(), base.originatingVASP(), base.beneficiaryVASP());

        TravelRuleDecision decision = DECIDER.decide("EU", outgoing("10", payload), false, PRICES, TODAY);

        assertThat(decision.outcome()).isEqualTo(TravelRuleOutcome.REQUIRED_MISSING);
        assertThat(decision.problems()).extracting(FieldError::field).containsExactly(
                "ivms101.originator.originatorPersons[0].naturalPerson.dateAndPlaceOfBirth.dateOfBirth",
                "ivms101.originator.originatorPersons[0].naturalPerson.countryOfResidence");
        assertThat(decision.reason()).contains("2 problem(s)").doesNotContain("Liddell");
    }

    @Test
    void decide_shouldNotRequireData_belowUsThreshold_evenWithAnUnknownCounterparty() {
        TravelRuleDecision decision = DECIDER.decide("US", outgoing("100"), false, PRICES, TODAY);

        assertThat(decision.outcome()).isEqualTo(TravelRuleOutcome.NOT_REQUIRED);
        assertThat(decision.reason()).isEqualTo("no Travel Rule data is required below 3000 USD (3000 USDT) in US");
    }
}
