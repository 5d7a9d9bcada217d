package io.usdtcustody.functions.kyc.mrz;

import io.usdtcustody.model.errors.FieldError;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading an MRZ: the document when every check passed, otherwise every failed check (and no
 * document). Problems never quote the MRZ.
 */
public record MrzResult(MrzDocument document, List<MrzProblem> problems) {
    public MrzResult {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if ((document == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("an MRZ result has a document or problems, not both or neither");
        }
    }

    public boolean ok() {
        return document != null;
    }

    /** The problems as field errors under {@code prefix} (e.g. {@code mrz}), for a problem+json response. */
    public List<FieldError> fieldErrors(String prefix) {
        return problems.stream().map(problem -> problem.toFieldError(prefix)).toList();
    }
}
