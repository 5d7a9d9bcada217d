package io.usdtcustody.functions.kyc.lifecycle;

import io.usdtcustody.functions.kyc.cases.DocumentType;
import io.usdtcustody.functions.kyc.cases.IdentityData;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document as the API received it, already checked: for identity documents the MRZ lines (forwarded to the
 * vendor, never stored) and what they say; for the others the reference to the stored file.
 * {@link #toString()} shows the type only.
 */
public record NewDocument(DocumentType type, List<String> mrzLines, Optional<IdentityData> identity,
                          Optional<String> fileReference) {
    public NewDocument {
        Objects.requireNonNull(type, "type");
        mrzLines = List.copyOf(mrzLines);
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(fileReference, "fileReference");
    }

    @Override
    public String toString() {
        return "NewDocument[" + type + "]";
    }
}
