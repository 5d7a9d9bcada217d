package io.usdtcustody.model.travelrule.ivms101;

import java.util.List;

/**
 * The beneficiary of a transfer (IVMS101 {@code Beneficiary}): the person or persons the funds are for, and
 * the receiving account numbers (for virtual assets: the destination address).
 */
public record Beneficiary(List<Person> beneficiaryPersons, List<String> accountNumber) {
    public Beneficiary {
        beneficiaryPersons = Lists.copy(beneficiaryPersons);
        accountNumber = Lists.copy(accountNumber);
    }
}
