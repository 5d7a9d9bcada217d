package io.usdtcustody.model.travelrule.ivms101;

import java.time.LocalDate;
import java.util.List;

/** Valid IVMS101 payloads made of fictional people and VASPs, for tests to start from and break. */
public final class Ivms101Fixtures {
    public static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    public static final String ORIGINATOR_ADDRESS = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    public static final String BENEFICIARY_ADDRESS = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
    /** GLEIF's own LEI: a real, valid identifier. */
    public static final String VALID_LEI = "506700GE1G29325QX363";

    private Ivms101Fixtures() {
    }

    public static NaturalPerson alice() {
        return new NaturalPerson(
                new NaturalPersonName(List.of(NaturalPersonNameIdentifier.legal("Liddell", "Alice"),
                        new NaturalPersonNameIdentifier("Wonder", null, NaturalPersonNameType.ALIA)),
                        List.of(), List.of()),
                List.of(GeographicAddress.structured(AddressType.HOME, "Christ Church Meadow", "1", "OX1 4JF", "Oxford",
                        "GB")),
                new NationalIdentification("P1234567", NationalIdentifierType.CCPT, "GB", null),
                "cust-0001",
                new DateAndPlaceOfBirth(LocalDate.of(1990, 5, 4), "Westminster"),
                "GB");
    }

    public static NaturalPerson bob() {
        return new NaturalPerson(NaturalPersonName.of(NaturalPersonNameIdentifier.legal("Builder", "Bob")),
                List.of(), null, null, null, "DE");
    }

    public static LegalPerson platformVasp() {
        return new LegalPerson(LegalPersonName.of(LegalPersonNameIdentifier.legal("USDT Custody Ltd"),
                new LegalPersonNameIdentifier("USDTC", LegalPersonNameType.SHRT)),
                List.of(GeographicAddress.lines(AddressType.GEOG, List.of("10 Example Street"), "Dublin", "IE")),
                null, NationalIdentification.lei(VALID_LEI), "IE");
    }

    public static LegalPerson counterpartyVasp() {
        return new LegalPerson(LegalPersonName.of(LegalPersonNameIdentifier.legal("Beispiel Krypto GmbH")),
                List.of(), null,
                new NationalIdentification("HRB 123456", NationalIdentifierType.RAID, null, "RA000242"), "DE");
    }

    /** Alice (a customer of ours) sends to Bob at another VASP. */
    public static IdentityPayload outgoing() {
        return IdentityPayload.of(
                new Originator(List.of(Person.natural(alice())), List.of(ORIGINATOR_ADDRESS)),
                new Beneficiary(List.of(Person.natural(bob())), List.of(BENEFICIARY_ADDRESS)),
                new OriginatingVasp(Person.legal(platformVasp())),
                new BeneficiaryVasp(Person.legal(counterpartyVasp())));
    }

    /** A copy of {@link #outgoing()} whose originator is {@code person}. */
    public static IdentityPayload withOriginator(Person person) {
        IdentityPayload base = outgoing();
        return IdentityPayload.of(new Originator(List.of(person), base.originator().accountNumber()),
                base.beneficiary(), base.originatingVASP(), base.beneficiaryVASP());
    }
}
