package io.usdtcustody.functions.kyc.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.Decision;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycDocument;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.risk.CustomerRiskSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A case as the API shows it. Identity documents show their issuing state, nationality and expiry, never the
 * name, date of birth or document number the case keeps for screening. A sanctions review's hits and
 * explanations go to partners (regulated institutions screening their own customers); an end customer
 * (mobile JWT) sees only that the case is IN_REVIEW, because telling a customer about a suspicion is
 * tipping-off; nor why an analyst decided a review (its reason and note are for the partner only).
 */
final class CaseViews {
    /** Who is looking. */
    enum Audience {
        PARTNER,
        CUSTOMER
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CaseViews() {
    }

    static ObjectNode of(KycCase c, Audience audience) {
        ObjectNode view = JSON.objectNode();
        view.put("caseId", c.caseId());
        view.put("customerId", c.customerId());
        view.put("purpose", c.purpose().name());
        view.put("level", c.level().name());
        view.put("state", c.state().name());
        view.put("createdAt", c.createdAt().toString());
        view.put("updatedAt", c.updatedAt().toString());
        if (c.state() == CaseState.OPEN) {
            view.put("expiresAt", c.expiresAt().toString());
            ArrayNode missing = view.putArray("missingEvidence");
            c.missingEvidence().stream().sorted().forEach(evidence -> missing.add(evidence.name()));
        }
        ArrayNode documents = view.putArray("documents");
        c.documents().forEach(document -> documents.add(document(document)));
        boolean hidden = audience == Audience.CUSTOMER && (c.state() == CaseState.IN_REVIEW
                || c.decision().filter(Decision::byAnalyst).isPresent());
        if (!hidden) {
            c.decision().ifPresent(decision -> view.set("decision", decision(decision, audience)));
            c.risk().ifPresent(risk -> view.set("risk", risk(risk)));
        }
        if (audience == Audience.PARTNER) {
            c.review().ifPresent(review -> view.set("screening", review(review)));
        }
        c.relatedCaseId().ifPresent(id -> view.put("relatedCaseId", id));
        return view;
    }

    private static ObjectNode document(KycDocument document) {
        ObjectNode view = JSON.objectNode().put("documentId", document.documentId()).put("type", document.type().name())
                .put("addedAt", document.addedAt().toString());
        document.identity().ifPresent(identity -> view.put("issuingState", identity.issuingState())
                .put("nationality", identity.nationality()).put("expiryDate", identity.expiryDate().toString()));
        return view;
    }

    private static ObjectNode decision(Decision decision, Audience audience) {
        ObjectNode view = JSON.objectNode().put("outcome", decision.outcome().name());
        ArrayNode reasons = view.putArray("reasons");
        decision.reasons().forEach(reason -> reasons.add(reason.name()));
        ArrayNode vendorReasons = view.putArray("vendorReasons");
        decision.vendorReasons().forEach(vendorReasons::add);
        if (audience == Audience.PARTNER) {
            decision.note().ifPresent(note -> view.put("note", note));
        }
        return view.put("decidedBy", decision.decidedBy()).put("decidedAt", decision.decidedAt().toString());
    }

    private static ObjectNode risk(CustomerRiskSnapshot risk) {
        return JSON.objectNode().put("tier", risk.tier().name()).put("score", risk.score())
                .put("perTransactionLimitUsdt", risk.perTransactionLimitUsdt())
                .put("rolling24hLimitUsdt", risk.rolling24hLimitUsdt())
                .put("enhancedDueDiligence", risk.enhancedDueDiligence())
                .put("nextReviewDue", risk.nextReviewDue().toString()).put("modelVersion", risk.modelVersion());
    }

    private static ObjectNode review(ScreeningReview review) {
        ObjectNode view = JSON.objectNode().put("trigger", review.trigger().name()).put("list", review.listSource())
                .put("screenedAt", review.screenedAt().toString());
        ArrayNode hits = view.putArray("hits");
        review.hits().forEach(hit -> {
            ObjectNode entry = hits.addObject().put("entryId", hit.entryId()).put("listedName", hit.primaryName())
                    .put("matchedName", hit.matchedName()).put("score", score(hit.score()))
                    .put("explanation", hit.explanation());
            ArrayNode programs = entry.putArray("programs");
            hit.programs().forEach(programs::add);
        });
        return view;
    }

    /** Scores to four places: enough to rank, without binary noise. */
    static BigDecimal score(double score) {
        return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_EVEN);
    }
}
