package io.usdtcustody.model.travelrule.ivms101;

import java.util.List;

/**
 * The names of a natural person (IVMS101 {@code NaturalPersonName}): Latin-script names in
 * {@code nameIdentifier} (at least one of type {@code LEGL}), names in the local script in
 * {@code localNameIdentifier}, and phonetic spellings in {@code phoneticNameIdentifier}.
 */
public record NaturalPersonName(List<NaturalPersonNameIdentifier> nameIdentifier,
                                List<NaturalPersonNameIdentifier> localNameIdentifier,
                                List<NaturalPersonNameIdentifier> phoneticNameIdentifier) {
    public NaturalPersonName {
        nameIdentifier = Lists.copy(nameIdentifier);
        localNameIdentifier = Lists.copy(localNameIdentifier);
        phoneticNameIdentifier = Lists.copy(phoneticNameIdentifier);
    }

    /** A name with only Latin-script identifiers. */
    public static NaturalPersonName of(NaturalPersonNameIdentifier... identifiers) {
        return new NaturalPersonName(List.of(identifiers), List.of(), List.of());
    }
}
