package io.usdtcustody.functions.kyc.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.usdtcustody.functions.common.ApiResponses;
import io.usdtcustody.functions.common.ProxyRequest;
import io.usdtcustody.functions.common.idempotency.Idempotency;
import io.usdtcustody.functions.common.idempotency.StoredResponse;
import io.usdtcustody.functions.common.telemetry.MetricsRecorder;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.ExternalRef;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.lifecycle.KycCases;
import io.usdtcustody.functions.kyc.lifecycle.NewDocument;
import io.usdtcustody.functions.kyc.lifecycle.VendorEventResult;
import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.functions.kyc.vendor.VendorWebhook;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.kyc.KycVendorDecision;
import io.usdtcustody.model.kyc.KycWebhookSignature;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The KYC function's routes, from an API Gateway proxy event to a proxy response. The route is the event's
 * {@code httpMethod} and {@code resource}; the tenant and caller come only from the authorizer context
 * ({@link ProxyRequest}, {@link Caller}); path ids are checked before anything is read. The two writes run
 * under the platform's idempotency (Powertools semantics, {@link Idempotency}): a retry with the same
 * {@code Idempotency-Key} gets the first answer, the key with another body a 409. The vendor webhook is
 * authenticated by its signature and deduplicated by event id instead. Refusals are thrown as
 * {@code PlatformException} (the handler answers problem+json), and a refused request has changed nothing. Metrics
 * count what happened ({@code CasesOpenedCount}, {@code CasesApprovedCount}, {@code CasesInReviewCount} …).
 * The analyst's review routes are {@link ReviewRoutes}.
 */
public final class KycRoutes {
    private final KycCases cases;
    private final VendorWebhook webhook;
    private final NameScreeningApi names;
    private final ReviewRoutes reviews;
    private final Idempotency idempotency;
    private final JsonCodec codec;
    private final ApiResponses responses;
    private final MetricsRecorder metrics;
    private final Clock clock;

    public KycRoutes(KycCases cases, VendorWebhook webhook, SanctionsScreening screening, Idempotency idempotency,
                     JsonCodec codec, MetricsRecorder metrics, Clock clock) {
        this.cases = cases;
        this.webhook = webhook;
        this.names = new NameScreeningApi(screening);
        this.idempotency = idempotency;
        this.codec = codec;
        this.responses = new ApiResponses(codec);
        this.metrics = metrics;
        this.clock = clock;
        this.reviews = new ReviewRoutes(cases, this::idempotent, codec, metrics);
    }

    /**
     * Answers one request ({@code context} may be null outside Lambda).
     *
     * @throws PlatformException for every refusal (the handler turns it into problem+json)
     */
    public APIGatewayProxyResponseEvent handle(ProxyRequest request, APIGatewayProxyRequestEvent event,
                                               Context context) {
        String correlationId = request.correlationId();
        return switch (request.method() + " " + request.resource()) {
            case "POST /v1/customers/{customerId}/kyc-cases" -> {
                Caller caller = Caller.of(request, event);
                String customerId = caller.ownCustomer(pathId(request, "customerId"));
                JsonNode body = codec.readTree(request.body());
                yield idempotent(request, body, context, correlationId, () -> {
                    CaseRequests.OpenCase open = CaseRequests.openCase(body);
                    KycCase opened = cases.open(caller.tenant(), customerId, open.purpose(), open.level(),
                            open.profile());
                    metrics.count("CasesOpenedCount");
                    return responses.stored(201, CaseViews.of(opened, caller.audience()),
                            Map.of("Location", "/v1/kyc-cases/" + opened.caseId()));
                });
            }
            case "GET /v1/kyc-cases/{caseId}" -> {
                Caller caller = Caller.of(request, event);
                KycCase found = caller.ownCase(cases.get(caller.tenant(), pathId(request, "caseId")));
                yield responses.json(200, CaseViews.of(found, caller.audience()), correlationId);
            }
            case "POST /v1/kyc-cases/{caseId}/documents" -> {
                Caller caller = Caller.of(request, event);
                String caseId = pathId(request, "caseId");
                caller.ownCase(cases.get(caller.tenant(), caseId));
                JsonNode body = codec.readTree(request.body());
                yield idempotent(request, body, context, correlationId, () -> {
                    NewDocument document = CaseRequests.document(body, LocalDate.ofInstant(clock.instant(),
                            ZoneOffset.UTC));
                    KycCase updated = cases.addDocument(caller.tenant(), caseId, document);
                    metrics.count(updated.state() == CaseState.SUBMITTED ? "CasesSubmittedCount" : "DocumentsAddedCount");
                    return responses.stored(201, CaseViews.of(updated, caller.audience()), Map.of());
                });
            }
            case "POST /v1/kyc/webhooks/{vendor}" -> {
                KycVendorDecision decision = webhook.verify(request.pathParameter("vendor").orElse(""),
                        request.header(KycWebhookSignature.TIMESTAMP_HEADER).orElse(null),
                        request.header(KycWebhookSignature.SIGNATURE_HEADER).orElse(null), request.body(),
                        clock.instant());
                VendorEventResult result = cases.applyVendorDecision(decision);
                if (result.status() == VendorEventResult.Status.APPLIED) {
                    metrics.count("Cases" + titleCase(result.kycCase().state()) + "Count");
                }
                yield responses.json(200, JsonNodeFactory.instance.objectNode().put("status", result.status().name())
                        .put("caseState", result.kycCase().state().name()), correlationId);
            }
            case "POST /v1/screening/names" -> {
                Caller.of(request, event);
                metrics.count("NameScreensCount");
                yield responses.json(200, names.screen(codec.readTree(request.body())), correlationId);
            }
            case ReviewRoutes.QUEUE, ReviewRoutes.ONE, ReviewRoutes.DECIDE ->
                    reviews.handle(request.method() + " " + request.resource(), request, event, context);
            default -> throw new PlatformException(ErrorCode.NOT_FOUND, "no such route in the KYC function");
        };
    }

    private APIGatewayProxyResponseEvent idempotent(ProxyRequest request, JsonNode body, Context context,
                                                    String correlationId, Supplier<StoredResponse> write) {
        Idempotency.Result result = idempotency.execute(request.idempotent(body, context), write);
        if (result.replayed()) {
            metrics.count("IdempotentReplaysCount");
        }
        return responses.from(result, correlationId);
    }

    /** {@code IN_REVIEW} → {@code InReview}, for metric names. */
    private static String titleCase(CaseState state) {
        StringBuilder name = new StringBuilder();
        for (String word : state.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }

    static String pathId(ProxyRequest request, String name) {
        String value = request.pathParameter(name).orElse("");
        if (!ExternalRef.ID.matcher(value).matches()) {
            throw PlatformException.validation("the request is not valid",
                    List.of(new FieldError(name, "must be 1-64 letters, digits or . _ -")));
        }
        return value;
    }
}
