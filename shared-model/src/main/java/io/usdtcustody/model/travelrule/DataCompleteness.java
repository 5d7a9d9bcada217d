package io.usdtcustody.model.travelrule;

import static io.usdtcustody.model.travelrule.ivms101.FieldProblems.path;

import io.usdtcustody.model.address.AddressValidation;
import io.usdtcustody.model.address.AddressValidator;
import io.usdtcustody.model.travelrule.ivms101.FieldProblems;
import io.usdtcustody.model.travelrule.ivms101.IdentityPayload;
import io.usdtcustody.model.travelrule.ivms101.LegalPerson;
import io.usdtcustody.model.travelrule.ivms101.NaturalPerson;
import io.usdtcustody.model.travelrule.ivms101.Person;
import java.util.List;

/**
 * Whether a well-formed payload carries <em>enough</em> data for the {@link DataRequirement} in force: account
 * numbers on both sides, the destination among the beneficiary's accounts, and for {@link DataRequirement#FULL}
 * the originator data of the jurisdiction's {@link DataProfile}. Names need no check here: every person has a
 * legal name by the IVMS101 rules already applied.
 */
final class DataCompleteness {
    private DataCompleteness() {
    }

    static void check(TravelRuleTransfer transfer, DataRequirement requirement, DataProfile profile,
            FieldProblems problems) {
        if (requirement == DataRequirement.NONE) {
            return;
        }
        IdentityPayload payload = transfer.ivms101();
        String at = "ivms101";
        if (payload.originator().accountNumber().isEmpty()) {
            problems.add(path(at, "originator.accountNumber"), "needs the originator's account number or address");
        }
        List<String> beneficiaryAccounts = payload.beneficiary().accountNumber();
        if (beneficiaryAccounts.stream().noneMatch(account -> sameAddress(transfer, account))) {
            problems.add(path(at, "beneficiary.accountNumber"), "must include the transfer's destination address");
        }
        if (requirement == DataRequirement.FULL) {
            List<Person> originators = payload.originator().originatorPersons();
            for (int i = 0; i < originators.size(); i++) {
                String person = path(at, "originator.originatorPersons", i);
                if (originators.get(i).naturalPerson() != null) {
                    natural(originators.get(i).naturalPerson(), profile, path(person, "naturalPerson"), problems);
                } else {
                    legal(originators.get(i).legalPerson(), profile, path(person, "legalPerson"), problems);
                }
            }
        }
    }

    private static void natural(NaturalPerson person, DataProfile profile, String at, FieldProblems problems) {
        boolean address = !person.geographicAddress().isEmpty();
        boolean id = person.nationalIdentification() != null;
        boolean customer = person.customerIdentification() != null;
        boolean birth = person.dateAndPlaceOfBirth() != null;
        switch (profile) {
            case FATF_R16 -> {
                if (!(address || id || customer || birth)) {
                    problems.add(at, "needs an address, national identification, customer identification,"
                            + " or date and place of birth (FATF R.16, IVMS101 C1)");
                }
            }
            case NAME_ADDRESS_ACCOUNT -> requireAddress(address, at, problems);
            case EU_TFR -> {
                requireAddress(address, at, problems);
                if (!(id && customer || birth)) {
                    problems.add(at, "needs a national identification and a customer identification, or the date"
                            + " and place of birth (EU 2023/1113 Art. 14(1)(d))");
                }
            }
        }
    }

    private static void legal(LegalPerson person, DataProfile profile, String at, FieldProblems problems) {
        boolean address = !person.geographicAddress().isEmpty();
        boolean identified = person.nationalIdentification() != null || person.customerNumber() != null;
        switch (profile) {
            case FATF_R16 -> {
                if (!(address || identified)) {
                    problems.add(at, "needs an address, national identification or customer number"
                            + " (FATF R.16, IVMS101 C4)");
                }
            }
            case NAME_ADDRESS_ACCOUNT -> requireAddress(address, at, problems);
            case EU_TFR -> {
                requireAddress(address, at, problems);
                if (!identified) {
                    problems.add(at, "needs a national identification (the LEI where there is one) or customer"
                            + " number (EU 2023/1113 Art. 14(1))");
                }
            }
        }
    }

    private static void requireAddress(boolean present, String at, FieldProblems problems) {
        if (!present) {
            problems.add(path(at, "geographicAddress"), "needs the originator's address in this jurisdiction");
        }
    }

    /** Compared in normalised form, so an Ethereum address matches whatever its letter case. */
    private static boolean sameAddress(TravelRuleTransfer transfer, String account) {
        AddressValidation candidate = AddressValidator.validate(transfer.amount().asset().chain(), account);
        return candidate.valid() && candidate.normalized().equals(transfer.destinationAddress());
    }
}
