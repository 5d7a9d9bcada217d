package io.usdtcustody.functions.kyc.cases;

import io.usdtcustody.model.kyc.KycVendorApi.DocumentUpload;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One document of a case: its id (also the vendor's idempotency key for the upload), its type, the identity
 * data read from its MRZ (identity documents only), a reference to the stored file (an object key, never the
 * file), the vendor's id for it, and when it was added.
 */
public record KycDocument(String documentId, DocumentType type, Optional<IdentityData> identity,
                          Optional<String> fileReference, String vendorDocumentId, Instant addedAt) {
    public KycDocument {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(fileReference, "fileReference");
        Objects.requireNonNull(vendorDocumentId, "vendorDocumentId");
        Objects.requireNonNull(addedAt, "addedAt");
        if (type.hasMrz() != identity.isPresent()) {
            throw new IllegalArgumentException("identity documents, and only they, carry MRZ data");
        }
        if (!type.hasMrz() && fileReference.isEmpty()) {
            throw new IllegalArgumentException("a document without an MRZ needs a file reference");
        }
        if (fileReference.isPresent() && !DocumentUpload.isFileReference(fileReference.get())) {
            throw new IllegalArgumentException("a file reference is an object key");
        }
    }
}
