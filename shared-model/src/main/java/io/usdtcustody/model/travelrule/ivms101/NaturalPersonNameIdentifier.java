package io.usdtcustody.model.travelrule.ivms101;

import java.util.Objects;

/**
 * One name of a natural person (IVMS101 {@code NaturalPersonNameId}, also used for local and phonetic names):
 * {@code primaryIdentifier} is the family name or the full name when it cannot be split,
 * {@code secondaryIdentifier} the given names (absent: {@code null}).
 *
 * <p>Like every IVMS101 record here, the constructor checks only shape (required parts present); the
 * standard's content rules (lengths, codes) are checked by {@link Ivms101Validator}, which lists every fault
 * of a message at once.
 */
public record NaturalPersonNameIdentifier(String primaryIdentifier, String secondaryIdentifier,
                                          NaturalPersonNameType nameIdentifierType) {
    public NaturalPersonNameIdentifier {
        Objects.requireNonNull(primaryIdentifier, "primaryIdentifier");
        Objects.requireNonNull(nameIdentifierType, "nameIdentifierType");
    }

    /** The legal name {@code primary, secondary}. */
    public static NaturalPersonNameIdentifier legal(String primary, String secondary) {
        return new NaturalPersonNameIdentifier(primary, secondary, NaturalPersonNameType.LEGL);
    }
}
