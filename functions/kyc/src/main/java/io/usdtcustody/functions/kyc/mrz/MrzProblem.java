package io.usdtcustody.functions.kyc.mrz;

import io.usdtcustody.model.errors.FieldError;
import java.util.Objects;

/**
 * One failed check of a machine readable zone: which part, and why, in words that never repeat what the
 * document says (an MRZ is personal data).
 */
public record MrzProblem(MrzField field, String reason) {
    public MrzProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    /** As a field error under {@code prefix}, e.g. {@code mrz.expiryDate}. */
    public FieldError toFieldError(String prefix) {
        return new FieldError(prefix + "." + field.jsonName(), reason);
    }
}
