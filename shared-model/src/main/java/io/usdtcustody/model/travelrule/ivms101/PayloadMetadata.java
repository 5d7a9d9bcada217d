package io.usdtcustody.model.travelrule.ivms101;

import java.util.List;

/** How local names were transliterated (IVMS101 {@code PayloadMetadata}). */
public record PayloadMetadata(List<TransliterationMethod> transliterationMethod) {
    public PayloadMetadata {
        transliterationMethod = Lists.copy(transliterationMethod);
    }
}
