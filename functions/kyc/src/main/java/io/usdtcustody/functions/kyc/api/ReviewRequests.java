package io.usdtcustody.functions.kyc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.RequestBody;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.Decision;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import io.usdtcustody.functions.kyc.cases.ReviewCursor;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The analyst routes' inputs, read strictly: a decision body (unknown members refused, the reason code checked
 * against the decision, the note 1-2000 characters without control characters), and the queue's {@code limit}
 * and {@code cursor} query parameters. Every problem is collected and answered as one {@code VALIDATION_FAILED}.
 */
final class ReviewRequests {
    private static final Set<String> DECISION_MEMBERS = Set.of("decision", "reasonCode", "note");
    private static final Pattern PAGE_SIZE = Pattern.compile("[0-9]{1,3}");
    private static final int MAX_CURSOR_LENGTH = 256;

    /** What an analyst may decide. */
    enum Verdict {
        APPROVE(CaseState.APPROVED),
        REJECT(CaseState.REJECTED);

        private final CaseState outcome;

        Verdict(CaseState outcome) {
            this.outcome = outcome;
        }
    }

    /** A read decision body. */
    record Decided(CaseState outcome, ReasonCode reason, String note) {
    }

    /** A read page request. */
    record PageRequest(int limit, Optional<ReviewCursor> after) {
    }

    private ReviewRequests() {
    }

    static Decided decision(JsonNode body) {
        RequestBody request = RequestBody.of(body, DECISION_MEMBERS);
        Optional<Verdict> verdict = request.enumValue("decision", Verdict.class);
        Optional<ReasonCode> reason = request.enumValue("reasonCode", ReasonCode.class);
        Optional<String> note = request.text("note", Decision.MAX_NOTE_LENGTH);
        if (verdict.isPresent() && reason.isPresent()
                && !ReasonCode.analystReasons(verdict.get().outcome).contains(reason.get())) {
            request.error("reasonCode", "must be one of " + ReasonCode.analystReasons(verdict.get().outcome)
                    + " to " + verdict.get());
        }
        request.validate();
        return new Decided(verdict.orElseThrow().outcome, reason.orElseThrow(), note.orElseThrow());
    }

    static PageRequest page(Map<String, String> query, int defaultLimit, int maxLimit) {
        String limitText = query.get("limit");
        String cursorText = query.get("cursor");
        int limit = defaultLimit;
        if (limitText != null) {
            limit = PAGE_SIZE.matcher(limitText).matches() ? Integer.parseInt(limitText) : 0;
            if (limit < 1 || limit > maxLimit) {
                throw invalid("limit", "must be a whole number from 1 to " + maxLimit);
            }
        }
        if (cursorText == null) {
            return new PageRequest(limit, Optional.empty());
        }
        if (cursorText.isEmpty() || cursorText.length() > MAX_CURSOR_LENGTH) {
            throw invalid("cursor", "must be a cursor a previous page returned");
        }
        return new PageRequest(limit, Optional.of(ReviewCursor.decode(cursorText)));
    }

    private static PlatformException invalid(String field, String message) {
        return PlatformException.validation("the request is not valid", List.of(new FieldError(field, message)));
    }
}
