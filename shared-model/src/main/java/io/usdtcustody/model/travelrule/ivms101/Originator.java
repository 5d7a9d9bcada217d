package io.usdtcustody.model.travelrule.ivms101;

import java.util.List;

/**
 * The originator of a transfer (IVMS101 {@code Originator}): the person or persons who own the sending
 * account, and the account numbers (for virtual assets: the sending addresses or the VASP's account id).
 */
public record Originator(List<Person> originatorPersons, List<String> accountNumber) {
    public Originator {
        originatorPersons = Lists.copy(originatorPersons);
        accountNumber = Lists.copy(accountNumber);
    }
}
