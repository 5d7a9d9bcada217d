package io.usdtcustody.localcloud.kycvendor;

import io.usdtcustody.model.kyc.KycVendorApi.DocumentUpload;
import io.usdtcustody.model.kyc.VendorOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How the sandbox vendor decides, deterministically from what it was sent, so tests and demos can steer it:
 * <ul>
 *   <li>no document with a machine readable zone → REJECTED {@code NO_IDENTITY_DOCUMENT};</li>
 *   <li>a zone whose check digits fail → REJECTED {@code MRZ_INVALID};</li>
 *   <li>a document expired on the review day → REJECTED {@code DOCUMENT_EXPIRED};</li>
 *   <li>a name field containing {@value #REJECT_MARKER} → REJECTED {@code SANDBOX_REJECT_MARKER};</li>
 *   <li>otherwise APPROVED {@code MRZ_VALID}.</li>
 * </ul>
 */
final class SandboxDecisions {
    /** Put this in a surname to make the sandbox refuse an otherwise valid document. */
    static final String REJECT_MARKER = "SANDBOXREJECT";

    /** An outcome and its reason code. */
    record Verdict(VendorOutcome outcome, String reason) {
    }

    private SandboxDecisions() {
    }

    static Verdict decide(List<DocumentUpload> documents, LocalDate today) {
        List<DocumentUpload> identity = documents.stream().filter(d -> !d.mrz().isEmpty()).toList();
        if (identity.isEmpty()) {
            return new Verdict(VendorOutcome.REJECTED, "NO_IDENTITY_DOCUMENT");
        }
        for (DocumentUpload document : identity) {
            Optional<SandboxMrz.Reading> reading = SandboxMrz.read(document.mrz());
            if (reading.isEmpty()) {
                return new Verdict(VendorOutcome.REJECTED, "MRZ_INVALID");
            }
            if (reading.get().expiry().isBefore(today)) {
                return new Verdict(VendorOutcome.REJECTED, "DOCUMENT_EXPIRED");
            }
            if (reading.get().nameField().replace("<", "").contains(REJECT_MARKER)) {
                return new Verdict(VendorOutcome.REJECTED, "SANDBOX_REJECT_MARKER");
            }
        }
        return new Verdict(VendorOutcome.APPROVED, "MRZ_VALID");
    }
}
