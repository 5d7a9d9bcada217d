package io.usdtcustody.model.kyc;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The submission side of the KYC vendor contract: how the platform creates an applicant, hands over its
 * documents and asks for a review, shared by the KYC function's HTTP adapter and the local sandbox vendor.
 * Calls carry {@code Authorization: Bearer <api token>} and JSON bodies read with the platform's
 * {@code JsonCodec}; each document carries the platform's own id, so a repeated upload is recognised.
 * <pre>
 *   POST /v1/applicants                        {@link ApplicantRequest} → 201 {@link Applicant}
 *   POST /v1/applicants/{applicantId}/documents {@link DocumentUpload}   → 201 {@link DocumentReceipt}
 *   POST /v1/applicants/{applicantId}/review    (no body)                → 202; the decision follows by webhook
 * </pre>
 */
public final class KycVendorApi {
    public static final String APPLICANTS_PATH = "/v1/applicants";
    /** Enough for three MRZ lines and the ids around them, and far below what anyone needs to send. */
    public static final int MAX_BODY_BYTES = 16 * 1024;

    private KycVendorApi() {
    }

    public static String documentsPath(String applicantId) {
        return APPLICANTS_PATH + "/" + VendorIdentifiers.require(applicantId, "applicantId") + "/documents";
    }

    public static String reviewPath(String applicantId) {
        return APPLICANTS_PATH + "/" + VendorIdentifiers.require(applicantId, "applicantId") + "/review";
    }

    /** A new applicant: the platform's reference (returned in the webhook) and the level of checks wanted. */
    public record ApplicantRequest(String externalRef, String level) {
        public ApplicantRequest {
            VendorIdentifiers.require(externalRef, "externalRef");
            VendorIdentifiers.require(level, "level");
        }
    }

    /** The vendor's id of an applicant. */
    public record Applicant(String applicantId) {
        public Applicant {
            VendorIdentifiers.require(applicantId, "applicantId");
        }
    }

    /** The vendor's id of an uploaded document. */
    public record DocumentReceipt(String documentId) {
        public DocumentReceipt {
            VendorIdentifiers.require(documentId, "documentId");
        }
    }

    /**
     * One document: the platform's document id, its type, the machine readable zone exactly as read (empty for
     * documents without one) and a reference to the stored file (empty when there is none).
     */
    public record DocumentUpload(String documentId, String type, List<String> mrz, String fileReference) {
        public static final int MAX_MRZ_LINES = 3;
        public static final int MAX_MRZ_LINE_LENGTH = 44;
        /** Object keys such as {@code uploads/demo/alice/poa-1.pdf}: letters, digits and {@code . _ - /}, no "..". */
        public static final Pattern FILE_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,199}");

        public DocumentUpload {
            VendorIdentifiers.require(documentId, "documentId");
            VendorIdentifiers.require(type, "type");
            mrz = List.copyOf(Objects.requireNonNull(mrz, "mrz"));
            if (mrz.size() > MAX_MRZ_LINES || mrz.stream().anyMatch(line -> line.length() > MAX_MRZ_LINE_LENGTH)) {
                throw new IllegalArgumentException("an MRZ has at most " + MAX_MRZ_LINES + " lines of "
                        + MAX_MRZ_LINE_LENGTH + " characters");
            }
            Objects.requireNonNull(fileReference, "fileReference");
            if (!fileReference.isEmpty() && !isFileReference(fileReference)) {
                throw new IllegalArgumentException("fileReference must be an object key");
            }
        }

        /** Whether {@code text} is an acceptable file reference. */
        public static boolean isFileReference(String text) {
            return FILE_REFERENCE.matcher(text).matches() && !text.contains("..");
        }

        /** Shows no MRZ: it is personal data. */
        @Override
        public String toString() {
            return "DocumentUpload[" + documentId + " " + type + "]";
        }
    }
}
