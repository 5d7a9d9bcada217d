package io.usdtcustody.functions.kyc.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.functions.common.ApiResponses;
import io.usdtcustody.functions.common.ProxyRequest;
import io.usdtcustody.functions.common.idempotency.StoredResponse;
import io.usdtcustody.functions.common.telemetry.MetricsRecorder;
import io.usdtcustody.functions.kyc.api.CaseViews.Audience;
import io.usdtcustody.functions.kyc.cases.CaseNotFoundException;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.ReviewCursor;
import io.usdtcustody.functions.kyc.cases.port.ReviewPage;
import io.usdtcustody.functions.kyc.lifecycle.AnalystDecision;
import io.usdtcustody.functions.kyc.lifecycle.KycCases;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The analyst's routes, partner edge only ({@code API_KEY} in the catalogue; a mobile caller is refused here too):
 * <pre>
 *   GET  /v1/kyc-reviews?limit=25&amp;cursor=…     the tenant's cases IN_REVIEW, oldest first, with the next cursor
 *   GET  /v1/kyc-reviews/{caseId}               one case with its screening hits and their explanations
 *   POST /v1/kyc-reviews/{caseId}/decision      {"decision":"APPROVE"|"REJECT", "reasonCode":…, "note":…}
 * </pre>
 * The analyst is the caller's principal (the partner key's id), recorded as {@code analyst:<id>}. Deciding a case
 * that is not IN_REVIEW is a 409; a malformed request a 400; either way nothing changes.
 */
final class ReviewRoutes {
    static final String QUEUE = "GET /v1/kyc-reviews";
    static final String ONE = "GET /v1/kyc-reviews/{caseId}";
    static final String DECIDE = "POST /v1/kyc-reviews/{caseId}/decision";
    static final int DEFAULT_PAGE = 25;
    static final int MAX_PAGE = 100;

    /** Runs a write under the platform's idempotency (the caller's {@code Idempotency-Key}). */
    interface IdempotentWrite {
        APIGatewayProxyResponseEvent run(ProxyRequest request, JsonNode body, Context context, String correlationId,
                                         Supplier<StoredResponse> write);
    }

    private final KycCases cases;
    private final IdempotentWrite writes;
    private final JsonCodec codec;
    private final ApiResponses responses;
    private final MetricsRecorder metrics;

    ReviewRoutes(KycCases cases, IdempotentWrite writes, JsonCodec codec,
                 MetricsRecorder metrics) {
        this.cases = cases;
        this.writes = writes;
        this.codec = codec;
        this.responses = new ApiResponses(codec);
        this.metrics = metrics;
    }

    APIGatewayProxyResponseEvent handle(String route, ProxyRequest request, APIGatewayProxyRequestEvent event,
                                        Context context) {
        Caller caller = Caller.of(request, event);
        if (caller.audience() != Audience.PARTNER) {
            throw new PlatformException(ErrorCode.FORBIDDEN, "Reviews are decided by the partner's compliance staff.");
        }
        String correlationId = request.correlationId();
        return switch (route) {
            case QUEUE -> responses.json(200, queue(caller, query(event)), correlationId);
            case ONE -> responses.json(200, CaseViews.of(inReviewOrDecided(caller, request), Audience.PARTNER),
                    correlationId);
            case DECIDE -> {
                String caseId = KycRoutes.pathId(request, "caseId");
                JsonNode body = codec.readTree(request.body());
                ReviewRequests.Decided verdict = ReviewRequests.decision(body);
                yield writes.run(request, body, context, correlationId, () -> {
                    KycCase decided = cases.decideReview(caller.tenant(), caseId, new AnalystDecision(
                            verdict.outcome(), verdict.reason(), verdict.note(), caller.principal()));
                    metrics.count(decided.state() == CaseState.APPROVED ? "ReviewsApprovedCount" : "ReviewsRejectedCount");
                    return responses.stored(200, CaseViews.of(decided, Audience.PARTNER), Map.of());
                });
            }
            default -> throw new PlatformException(ErrorCode.NOT_FOUND, "no such route in the KYC function");
        };
    }

    private ObjectNode queue(Caller caller, Map<String, String> query) {
        ReviewRequests.PageRequest page = ReviewRequests.page(query, DEFAULT_PAGE, MAX_PAGE);
        ReviewPage found = cases.inReview(caller.tenant(), page.limit(), page.after());
        ObjectNode view = JsonNodeFactory.instance.objectNode();
        ArrayNode items = view.putArray("cases");
        found.cases().forEach(c -> items.add(summary(c)));
        if (found.next().isPresent()) {
            view.put("nextCursor", found.next().get().encode());
        } else {
            view.putNull("nextCursor");
        }
        return view;
    }

    /** A case as the queue lists it: enough to pick the next one to work on. */
    private static ObjectNode summary(KycCase c) {
        ObjectNode view = JsonNodeFactory.instance.objectNode().put("caseId", c.caseId())
                .put("customerId", c.customerId()).put("purpose", c.purpose().name()).put("level", c.level().name())
                .put("queuedAt", ReviewCursor.queuedAt(c).toString())
                .put("hits", c.review().map(review -> review.hits().size()).orElse(0));
        ArrayNode reasons = view.putArray("reasons");
        c.decision().ifPresent(decision -> decision.reasons().forEach(reason -> reasons.add(reason.name())));
        return view;
    }

    private KycCase inReviewOrDecided(Caller caller, ProxyRequest request) {
        KycCase found = cases.get(caller.tenant(), KycRoutes.pathId(request, "caseId"));
        if (found.decision().isEmpty()) {
            // a case still collecting documents is no analyst's business yet
            throw new CaseNotFoundException("the review");
        }
        return found;
    }

    private static Map<String, String> query(APIGatewayProxyRequestEvent event) {
        return event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
    }
}
