package io.usdtcustody.functions.kyc.cases;

import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a page of a tenant's review queue ended: the last case's place in the queue (when it went to review,
 * then its id) and its customer. Opaque to callers ({@link #encode()}, base64url); the tenant is never in it, it
 * comes from the caller, so a cursor cannot reach into another tenant's queue.
 */
public record ReviewCursor(String queuedAt, String customerId, String caseId) {
    private static final Pattern SORTABLE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    public ReviewCursor {
        if (queuedAt == null || !SORTABLE_TIME.matcher(queuedAt).matches() || customerId == null
                || !ExternalRef.ID.matcher(customerId).matches() || caseId == null
                || !ExternalRef.ID.matcher(caseId).matches()) {
            throw new IllegalArgumentException("not a review cursor");
        }
    }

    /** The cursor after {@code kycCase}. */
    public static ReviewCursor after(KycCase kycCase) {
        return new ReviewCursor(CustomerTable.sortableTime(queuedAt(kycCase)), kycCase.customerId(), kycCase.caseId());
    }

    /**
     * When the case went to review: its decision's time (a later change that is no decision, such as a late vendor
     * event recorded on it, does not move it back in the queue).
     */
    public static Instant queuedAt(KycCase kycCase) {
        return kycCase.decision().map(Decision::decidedAt).orElse(kycCase.updatedAt());
    }

    /** The case's place in the queue, which orders it: the index sort key. */
    public String position() {
        return queuedAt + "#" + caseId;
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (queuedAt + "|" + customerId + "|" + caseId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor a previous page returned.
     *
     * @throws PlatformException {@code VALIDATION_FAILED} on field {@code cursor} when it is not one
     */
    public static ReviewCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 3) {
                return new ReviewCursor(parts[0], parts[1], parts[2]);
            }
        } catch (IllegalArgumentException e) {
            // not base64url, or not a cursor's parts: refused below
        }
        throw PlatformException.validation("the request is not valid",
                List.of(new FieldError("cursor", "must be a cursor a previous page returned")));
    }
}
