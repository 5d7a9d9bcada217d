package io.usdtcustody.custody.deposit.travelrule;

import io.usdtcustody.model.travelrule.ivms101.LegalPerson;
import io.usdtcustody.model.travelrule.ivms101.Lei;
import io.usdtcustody.model.travelrule.ivms101.NationalIdentifierType;
import io.usdtcustody.model.travelrule.ivms101.OriginatingVasp;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The counterparty VASPs compliance has identified and accepted, by Legal Entity Identifier: an originating VASP
 * counts as known only when the payload names it as a legal person with one of these LEIs. Anything else (a
 * natural person, another kind of identifier, an LEI not on the list) is unknown, and a deposit above the
 * threshold from it waits for an operator. Configuration ({@code custody.travel-rule.known-vasp-leis}); a VASP
 * directory can replace it behind the same question.
 */
public record KnownVasps(Set<String> leis) {
    public KnownVasps {
        leis = Set.copyOf(leis);
        for (String lei : leis) {
            if (!Lei.isValid(lei)) {
                throw new IllegalArgumentException("custody.travel-rule.known-vasp-leis holds an invalid LEI");
            }
        }
    }

    /** Parses {@code LEI1,LEI2,…} (blank: none). */
    public static KnownVasps parse(String setting) {
        return new KnownVasps(Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet()));
    }

    public boolean isKnown(OriginatingVasp vasp) {
        LegalPerson legal = vasp.originatingVASP().legalPerson();
        if (legal == null || legal.nationalIdentification() == null
                || legal.nationalIdentification().nationalIdentifierType() != NationalIdentifierType.LEIX) {
            return false;
        }
        return leis.contains(legal.nationalIdentification().nationalIdentifier().toUpperCase(Locale.ROOT));
    }
}
