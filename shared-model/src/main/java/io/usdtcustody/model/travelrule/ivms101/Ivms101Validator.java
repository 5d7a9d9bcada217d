package io.usdtcustody.model.travelrule.ivms101;

import static io.usdtcustody.model.travelrule.ivms101.FieldProblems.path;

import io.usdtcustody.model.errors.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Checks an {@link IdentityPayload} against the content rules of IVMS101 and returns every problem at once,
 * as field errors with paths from the payload root. An empty list means the payload is well-formed IVMS101.
 *
 * <p>The rules applied:
 * <ul>
 *   <li>lengths of the standard's text types (names 100, national identifier 35, customer numbers 50, place of
 *       birth 70, account numbers 100, address parts 16..70, at most 7 address lines); no blank or control
 *       characters;</li>
 *   <li>C2 DateInPast: a date of birth is before {@code today};</li>
 *   <li>C3 ValidCountryCode: countries are assigned ISO 3166-1 alpha-2 codes (or XX);</li>
 *   <li>C5/C6 LegalNamePresent: every legal and natural person has a name of type LEGL;</li>
 *   <li>C7/C9: a legal person's national identifier is RAID, MISC, LEIX or TXID, carries no country of issue,
 *       and has a registration authority exactly when it is not an LEI;</li>
 *   <li>C8 ValidAddress: address lines, or a street with a building number or name; a town is required;</li>
 *   <li>C10 (form only): a registration authority looks like {@code RA000000}; whether it is on the GLEIF
 *       list is not checked, as the list is not embedded;</li>
 *   <li>C11 ValidLEI: an LEI has correct ISO 17442 check digits;</li>
 *   <li>C12 sequentialIntegrity: intermediary VASP sequences are 0, 1, 2 … without gaps or repeats;</li>
 *   <li>at least one originator and one beneficiary person; at most {@value #MAX_REPEATS} persons, accounts,
 *       names or addresses in any one list (our bound against abuse, not the standard's).</li>
 * </ul>
 * Whether the payload carries <em>enough</em> data for a transfer (FATF R.16, IVMS101 C1/C4, the EU TFR) depends
 * on the amount and the jurisdiction, and is decided by the Travel Rule data requirement, not here.
 */
public final class Ivms101Validator {
    public static final int MAX_REPEATS = 20;
    static final int MAX_ACCOUNT_NUMBER = 100;

    private Ivms101Validator() {
    }

    /** Every problem of {@code payload}, judged on {@code today} (for dates of birth). */
    public static List<FieldError> validate(IdentityPayload payload, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        validate(payload, today, "", problems);
        return problems.list();
    }

    /** As {@link #validate(IdentityPayload, LocalDate)}, adding to {@code problems} under the path {@code at}. */
    public static void validate(IdentityPayload payload, LocalDate today, String at, FieldProblems problems) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(today, "today");
        String originator = path(at, "originator");
        persons(payload.originator().originatorPersons(), path(originator, "originatorPersons"), today, problems);
        accounts(payload.originator().accountNumber(), path(originator, "accountNumber"), problems);
        String beneficiary = path(at, "beneficiary");
        persons(payload.beneficiary().beneficiaryPersons(), path(beneficiary, "beneficiaryPersons"), today, problems);
        accounts(payload.beneficiary().accountNumber(), path(beneficiary, "accountNumber"), problems);
        PersonRules.person(payload.originatingVASP().originatingVASP(),
                path(path(at, "originatingVASP"), "originatingVASP"), today, problems);
        if (payload.beneficiaryVASP() != null) {
            PersonRules.person(payload.beneficiaryVASP().beneficiaryVASP(),
                    path(path(at, "beneficiaryVASP"), "beneficiaryVASP"), today, problems);
        }
        if (payload.transferPath() != null) {
            transferPath(payload.transferPath().transferPath(), path(path(at, "transferPath"), "transferPath"), today,
                    problems);
        }
    }

    private static void persons(List<Person> persons, String at, LocalDate today, FieldProblems problems) {
        if (persons.isEmpty()) {
            problems.add(at, "needs at least one person");
        }
        bounded(persons, at, problems);
        for (int i = 0; i < persons.size(); i++) {
            Person person = persons.get(i);
            String item = at + "[" + i + "]";
            PersonRules.person(person, item, today, problems);
            if (person.naturalPerson() != null) {
                bounded(person.naturalPerson().name().nameIdentifier(), path(item, "naturalPerson.name.nameIdentifier"),
                        problems);
                bounded(person.naturalPerson().geographicAddress(), path(item, "naturalPerson.geographicAddress"),
                        problems);
            } else {
                bounded(person.legalPerson().name().nameIdentifier(), path(item, "legalPerson.name.nameIdentifier"),
                        problems);
                bounded(person.legalPerson().geographicAddress(), path(item, "legalPerson.geographicAddress"),
                        problems);
            }
        }
    }

    private static void accounts(List<String> accounts, String at, FieldProblems problems) {
        bounded(accounts, at, problems);
        for (int i = 0; i < accounts.size(); i++) {
            TextRules.required(problems, at + "[" + i + "]", accounts.get(i), MAX_ACCOUNT_NUMBER);
        }
    }

    private static void transferPath(List<IntermediaryVasp> path, String at, LocalDate today, FieldProblems problems) {
        bounded(path, at, problems);
        boolean[] seen = new boolean[path.size()];
        for (int i = 0; i < path.size(); i++) {
            IntermediaryVasp vasp = path.get(i);
            String item = at + "[" + i + "]";
            PersonRules.person(vasp.intermediaryVASP(), path(item, "intermediaryVASP"), today, problems);
            int sequence = vasp.sequence();
            if (sequence < 0 || sequence >= path.size() || seen[sequence]) {
                problems.add(path(item, "sequence"),
                        "must number the intermediaries 0, 1, 2 … without gaps or repeats (IVMS101 C12)");
            } else {
                seen[sequence] = true;
            }
        }
    }

    private static void bounded(List<?> list, String at, FieldProblems problems) {
        if (list.size() > MAX_REPEATS) {
            problems.add(at, "must have at most " + MAX_REPEATS + " entries");
        }
    }
}
