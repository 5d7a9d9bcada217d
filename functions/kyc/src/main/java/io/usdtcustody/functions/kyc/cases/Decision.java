package io.usdtcustody.functions.kyc.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision record of a case: the state it decided ({@code APPROVED}, {@code REJECTED}, or {@code IN_REVIEW}
 * when it was handed to an analyst), the platform's reason codes, the vendor's own codes verbatim, who decided
 * ({@code vendor:<name>}, {@code platform}, {@code analyst:<id>}), when, and an analyst's free-text note (at most
 * {@link #MAX_NOTE_LENGTH} characters; shown to partners, never to the end customer, never logged).
 */
public record Decision(CaseState outcome, List<ReasonCode> reasons, List<String> vendorReasons, String decidedBy,
                       Instant decidedAt, Optional<String> note) {
    public static final int MAX_NOTE_LENGTH = 2000;
    private static final String ANALYST_PREFIX = "analyst:";

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome != CaseState.APPROVED && outcome != CaseState.REJECTED && outcome != CaseState.IN_REVIEW) {
            throw new IllegalArgumentException("a decision approves, rejects or sends to review");
        }
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a decision has at least one reason");
        }
        vendorReasons = List.copyOf(Objects.requireNonNull(vendorReasons, "vendorReasons"));
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(note, "note");
        if (note.filter(text -> text.isBlank() || text.length() > MAX_NOTE_LENGTH).isPresent()) {
            throw new IllegalArgumentException("a note has 1-" + MAX_NOTE_LENGTH + " characters");
        }
    }

    /** A decision without a note (the vendor's, the platform's). */
    public Decision(CaseState outcome, List<ReasonCode> reasons, List<String> vendorReasons, String decidedBy,
                    Instant decidedAt) {
        this(outcome, reasons, vendorReasons, decidedBy, decidedAt, Optional.empty());
    }

    /** Whether an analyst made this decision (of a case that was in review). */
    public boolean byAnalyst() {
        return decidedBy.startsWith(ANALYST_PREFIX);
    }

    /** An analyst's decision of a review: {@code reason} must be one of {@link ReasonCode#analystReasons}. */
    public static Decision byAnalyst(CaseState outcome, ReasonCode reason, String note, String analyst, Instant now) {
        if (!ReasonCode.analystReasons(outcome).contains(reason)) {
            throw new IllegalArgumentException(reason + " is not a reason an analyst gives to a case " + outcome);
        }
        return new Decision(outcome, List.of(reason), List.of(), ANALYST_PREFIX + analyst, now, Optional.of(note));
    }
}
