package io.usdtcustody.model.travelrule.ivms101;

import static io.usdtcustody.model.travelrule.ivms101.Ivms101Fixtures.TODAY;
import static io.usdtcustody.model.travelrule.ivms101.Ivms101Fixtures.alice;
import static io.usdtcustody.model.travelrule.ivms101.Ivms101Fixtures.outgoing;
import static io.usdtcustody.model.travelrule.ivms101.Ivms101Fixtures.withOriginator;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.errors.FieldError;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ivms101ValidatorTest {
    private static final String ORIGINATOR = "originator.originatorPersons[0].naturalPerson";
    private static final String VASP = "originatingVASP.originatingVASP.legalPerson";

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static List<FieldError> validateOriginator(NaturalPerson person) {
        return Ivms101Validator.validate(withOriginator(Person.natural(person)), TODAY);
    }

    private static NaturalPerson aliceWith(NaturalPersonName name, List<GeographicAddress> addresses,
            NationalIdentification id, String customer, DateAndPlaceOfBirth birth, String residence) {
        return new NaturalPerson(name, addresses, id, customer, birth, residence);
    }

    private static List<FieldError> validateVasp(LegalPerson vasp) {
        IdentityPayload base = outgoing();
        return Ivms101Validator.validate(IdentityPayload.of(base.originator(), base.beneficiary(),
                new OriginatingVasp(Person.legal(vasp)), base.beneficiaryVASP()), TODAY);
    }

    private static LegalPerson vaspWithId(NationalIdentification id) {
        LegalPerson vasp = Ivms101Fixtures.platformVasp();
        return new LegalPerson(vasp.name(), vasp.geographicAddress(), null, id, "IE");
    }

    @Test
    void validate_shouldFindNothing_whenPayloadComplete() {
        assertThat(Ivms101Validator.validate(outgoing(), TODAY)).isEmpty();
    }

    @Test
    void validate_shouldRequireLegalName_whenNaturalPersonHasOnlyAlias() {
        NaturalPerson a = alice();
        NaturalPersonName aliasOnly = NaturalPersonName.of(
                new NaturalPersonNameIdentifier("Wonder", null, NaturalPersonNameType.ALIA));

        List<FieldError> errors = validateOriginator(aliceWith(aliasOnly, a.geographicAddress(),
                a.nationalIdentification(), a.customerIdentification(), a.dateAndPlaceOfBirth(), "GB"));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(ORIGINATOR + ".name");
            assertThat(e.message()).contains("LEGL").contains("C6");
        });
    }

    @Test
    void validate_shouldRequireLegalName_whenLegalPersonHasOnlyTradingName() {
        LegalPerson vasp = Ivms101Fixtures.platformVasp();
        LegalPerson tradingOnly = new LegalPerson(
                LegalPersonName.of(new LegalPersonNameIdentifier("USDTC", LegalPersonNameType.TRAD)),
                vasp.geographicAddress(), null, vasp.nationalIdentification(), "IE");

        assertThat(validateVasp(tradingOnly)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("C5"));
    }

    @Test
    void validate_shouldLimitNamesToOneHundredCharacters() {
        NaturalPerson a = alice();
        String hundred = "A".repeat(100);
        NaturalPersonName name = NaturalPersonName.of(NaturalPersonNameIdentifier.legal(hundred, hundred + "B"));

        List<FieldError> errors = validateOriginator(aliceWith(name, a.geographicAddress(), null, null, null, null));

        assertThat(fields(errors)).containsExactly(ORIGINATOR + ".name.nameIdentifier[0].secondaryIdentifier");
        assertThat(errors.get(0).message()).isEqualTo("must be at most 100 characters");
    }

    @Test
    void validate_shouldCountCharactersNotUtf16Units_whenNameHasSupplementaryCharacters() {
        String hundredEmoji = "\uD83D\uDE00".repeat(100);
        NaturalPersonName name = NaturalPersonName.of(NaturalPersonNameIdentifier.legal(hundredEmoji, null));

        assertThat(validateOriginator(aliceWith(name, alice().geographicAddress(), null, null, null, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "", "Li\u0000ddell", "Line\nBreak"})
    void validate_shouldRefuseBlankOrControlCharacters_inNames(String primary) {
        NaturalPersonName name = NaturalPersonName.of(NaturalPersonNameIdentifier.legal(primary, null));

        assertThat(fields(validateOriginator(aliceWith(name, alice().geographicAddress(), null, null, null, null))))
                .containsExactly(ORIGINATOR + ".name.nameIdentifier[0].primaryIdentifier");
    }

    @Test
    void validate_shouldRequireStreetAndBuildingOrAddressLines_whenAddressGiven() {
        GeographicAddress streetOnly = GeographicAddress.structured(AddressType.HOME, "High Street", null, null,
                "Oxford", "GB");

        List<FieldError> errors = validateOriginator(aliceWith(alice().name(), List.of(streetOnly), null, null, null,
                null));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(ORIGINATOR + ".geographicAddress[0]");
            assertThat(e.message()).contains("C8");
        });
    }

    @Test
    void validate_shouldCheckAddressPartsAndLineCount() {
        List<String> eightLines = Collections.nCopies(8, "line");
        GeographicAddress address = new GeographicAddress(AddressType.HOME, null, null, null, null, null, null, null,
                null, "P".repeat(17), "T".repeat(36), null, null, null, eightLines, "GB");

        List<FieldError> errors = validateOriginator(aliceWith(alice().name(), List.of(address), null, null, null,
                null));

        assertThat(fields(errors)).containsExactly(ORIGINATOR + ".geographicAddress[0].postCode",
                ORIGINATOR + ".geographicAddress[0].townName", ORIGINATOR + ".geographicAddress[0].addressLine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UK", "gb", "GBR", "EU", "XK"})
    void validate_shouldRequireIsoCountryCodes(String country) {
        GeographicAddress address = GeographicAddress.structured(AddressType.HOME, "High Street", "1", null, "Oxford",
                country);

        List<FieldError> errors = validateOriginator(aliceWith(alice().name(), List.of(address),
                new NationalIdentification("P1", NationalIdentifierType.CCPT, country, null), null, null, country));

        assertThat(fields(errors)).containsExactly(ORIGINATOR + ".geographicAddress[0].country",
                ORIGINATOR + ".nationalIdentification.countryOfIssue", ORIGINATOR + ".countryOfResidence");
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).doesNotContain(country));
    }

    @Test
    void validate_shouldRequireDateOfBirthInThePast() {
        DateAndPlaceOfBirth today = new DateAndPlaceOfBirth(TODAY, "Oxford");
        DateAndPlaceOfBirth yesterday = new DateAndPlaceOfBirth(TODAY.minusDays(1), "Oxford");

        assertThat(fields(validateOriginator(aliceWith(alice().name(), List.of(), null, null, today, null))))
                .containsExactly(ORIGINATOR + ".dateAndPlaceOfBirth.dateOfBirth");
        assertThat(validateOriginator(aliceWith(alice().name(), List.of(), null, null, yesterday, null))).isEmpty();
    }

    @Test
    void validate_shouldCheckLeiCheckDigits_whenIdentifierIsLei() {
        List<FieldError> errors = validateVasp(vaspWithId(NationalIdentification.lei("506700GE1G29325QX364")));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(VASP + ".nationalIdentification.nationalIdentifier");
            assertThat(e.message()).contains("C11");
        });
    }

    @Test
    void validate_shouldApplyLegalPersonIdentificationRules() {
        assertThat(fields(validateVasp(vaspWithId(
                new NationalIdentification("P123", NationalIdentifierType.CCPT, "IE", null)))))
                .containsExactly(VASP + ".nationalIdentification.nationalIdentifierType",
                        VASP + ".nationalIdentification.countryOfIssue",
                        VASP + ".nationalIdentification.registrationAuthority");
        assertThat(fields(validateVasp(vaspWithId(new NationalIdentification(Ivms101Fixtures.VALID_LEI,
                NationalIdentifierType.LEIX, null, "RA000001")))))
                .containsExactly(VASP + ".nationalIdentification.registrationAuthority");
        assertThat(fields(validateVasp(vaspWithId(new NationalIdentification("123", NationalIdentifierType.TXID,
                null, "R1")))))
                .containsExactly(VASP + ".nationalIdentification.registrationAuthority");
        assertThat(validateVasp(vaspWithId(new NationalIdentification("123", NationalIdentifierType.TXID, null,
                "RA000589")))).isEmpty();
    }

    @Test
    void validate_shouldRequirePersonsAndBoundAccountNumbers() {
        IdentityPayload base = outgoing();
        IdentityPayload payload = IdentityPayload.of(new Originator(List.of(), List.of("x".repeat(101))),
                new Beneficiary(List.of(), Collections.nCopies(21, "addr")), base.originatingVASP(), null);

        assertThat(fields(Ivms101Validator.validate(payload, TODAY))).containsExactly(
                "originator.originatorPersons", "originator.accountNumber[0]", "beneficiary.beneficiaryPersons",
                "beneficiary.accountNumber");
    }

    @Test
    void validate_shouldRequireSequentialTransferPath() {
        IdentityPayload base = outgoing();
        Person intermediary = Person.legal(Ivms101Fixtures.counterpartyVasp());
        TransferPath path = new TransferPath(List.of(new IntermediaryVasp(intermediary, 0),
                new IntermediaryVasp(intermediary, 0), new IntermediaryVasp(intermediary, 5)));

        List<FieldError> errors = Ivms101Validator.validate(new IdentityPayload(base.originator(), base.beneficiary(),
                base.originatingVASP(), base.beneficiaryVASP(), path, null), TODAY);

        assertThat(fields(errors)).containsExactly("transferPath.transferPath[1].sequence",
                "transferPath.transferPath[2].sequence");
    }

    @Test
    void validate_shouldReportEveryProblemAtOnce_whenManyFieldsAreWrong() {
        NaturalPerson broken = new NaturalPerson(
                NaturalPersonName.of(new NaturalPersonNameIdentifier("", null, NaturalPersonNameType.MAID)),
                List.of(GeographicAddress.structured(AddressType.HOME, null, null, null, "Oxford", "ZZ")),
                new NationalIdentification("X".repeat(36), NationalIdentifierType.IDCD, null, null),
                "C".repeat(51), new DateAndPlaceOfBirth(LocalDate.of(2030, 1, 1), ""), "gb");

        List<FieldError> errors = validateOriginator(broken);

        assertThat(fields(errors)).containsExactly(
                ORIGINATOR + ".name",
                ORIGINATOR + ".name.nameIdentifier[0].primaryIdentifier",
                ORIGINATOR + ".geographicAddress[0]",
                ORIGINATOR + ".geographicAddress[0].country",
                ORIGINATOR + ".nationalIdentification.nationalIdentifier",
                ORIGINATOR + ".customerIdentification",
                ORIGINATOR + ".dateAndPlaceOfBirth.dateOfBirth",
                ORIGINATOR + ".dateAndPlaceOfBirth.placeOfBirth",
                ORIGINATOR + ".countryOfResidence");
    }

    @Test
    void validate_shouldValidateBeneficiaryVaspAndIntermediaries_likeAnyPerson() {
        IdentityPayload base = outgoing();
        LegalPerson noLegalName = new LegalPerson(LegalPersonName.of(
                new LegalPersonNameIdentifier("B", LegalPersonNameType.SHRT)), List.of(), null, null, "DE");

        List<FieldError> errors = Ivms101Validator.validate(IdentityPayload.of(base.originator(), base.beneficiary(),
                base.originatingVASP(), new BeneficiaryVasp(Person.legal(noLegalName))), TODAY);

        assertThat(fields(errors)).containsExactly("beneficiaryVASP.beneficiaryVASP.legalPerson.name");
    }
}
