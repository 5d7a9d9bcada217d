package io.usdtcustody.model.travelrule.ivms101;

import java.util.List;

/**
 * The names of a legal person (IVMS101 {@code LegalPersonName}): at least one {@code LEGL} name in
 * {@code nameIdentifier}, plus optional local-script and phonetic names.
 */
public record LegalPersonName(List<LegalPersonNameIdentifier> nameIdentifier,
                              List<LegalPersonNameIdentifier> localNameIdentifier,
                              List<LegalPersonNameIdentifier> phoneticNameIdentifier) {
    public LegalPersonName {
        nameIdentifier = Lists.copy(nameIdentifier);
        localNameIdentifier = Lists.copy(localNameIdentifier);
        phoneticNameIdentifier = Lists.copy(phoneticNameIdentifier);
    }

    public static LegalPersonName of(LegalPersonNameIdentifier... identifiers) {
        return new LegalPersonName(List.of(identifiers), List.of(), List.of());
    }
}
