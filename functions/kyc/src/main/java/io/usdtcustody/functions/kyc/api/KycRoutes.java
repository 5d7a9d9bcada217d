package io.usdtcustody.functions.kyc.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.usdtcustody.functions.common.ApiResponses;
import io.usdtcustody.functions.common.ProxyRequest;
import io.usdtcustody.functions.common.idempotency.Idempotency;
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

/**
 * The KYC function's routes, from an API Gateway proxy event to a proxy response. The route is the event's
 * {@code httpMethod} and {@code resource}; the tenant and caller come only from the authorizer context
 * ({@link ProxyRequest}, {@link Caller}); path ids are checked before anything is read. The two writes run
 * under the platform's idempotency (Powertools semantics, {@link Idempotency}): a retry with the same
 * {@code Idempotency-Key} gets the first answer, the key with another body a 409. The vendor webhook is
 * authenticated by its signature and deduplicated by event id instead. Every failure is problem+json, and a
 * refused request has changed nothing.
 */
public final class KycRoutes {
    private final KycCases cases;
    private final VendorWebhook webhook;
    private final NameScreeningApi names;
    private final Idempotency idempotency;
    private final JsonCodec codec;
    private final ApiResponses responses;
    private final Clock clock;
    private final RequestLog log;

    public KycRoutes(KycCases cases, VendorWebhook webhook, SanctionsScreening screening, Idempotency idempotency,
                     JsonCodec codec, Clock clock, RequestLog log) {
        this.cases = cases;
        this.webhook = webhook;
        this.names = new NameScreeningApi(screening);
        this.idempotency = idempotency;
        this.codec = codec;
        this.responses = new ApiResponses(codec);
        this.clock = clock;
        this.log = log;
    }

    /** Answers one request; never throws. {@code context} may be null outside Lambda. */
    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, Context context) {
        ProxyRequest request = ProxyRequest.of(event);
        String route = request.method() + " " + request.resource();
        String correlationId = request.correlationId();
        long started = System.nanoTime();
        try {
            APIGatewayProxyResponseEvent response = route(route, event, request, context, correlationId);
            log.answered(route, response.getStatusCode(), correlationId, (System.nanoTime() - started) / 1_000_000);
            return response;
        } catch (RuntimeException failure) {
            APIGatewayProxyResponseEvent response = responses.problem(failure, request.path(), correlationId);
            log.failed(route, response.getStatusCode(), failure, correlationId, (System.nanoTime() - started) / 1_000_000);
            return response;
        }
    }

    private APIGatewayProxyResponseEvent route(String route, APIGatewayProxyRequestEvent event, ProxyRequest request,
                                               Context context, String correlationId) {
        return switch (route) {
            case "POST /v1/customers/{customerId}/kyc-cases" -> {
                Caller caller = Caller.of(request, event);
                String customerId = caller.ownCustomer(pathId(request, "customerId"));
                JsonNode body = codec.readTree(request.body());
                yield responses.from(idempotency.execute(request.idempotent(body, context), () -> {
                    CaseRequests.OpenCase open = CaseRequests.openCase(body);
                    KycCase opened = cases.open(caller.tenant(), customerId, open.purpose(), open.level(),
                            open.profile());
                    return responses.stored(201, CaseViews.of(opened, caller.audience()),
                            Map.of("Location", "/v1/kyc-cases/" + opened.caseId()));
                }), correlationId);
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
                yield responses.from(idempotency.execute(request.idempotent(body, context), () -> {
                    NewDocument document = CaseRequests.document(body, LocalDate.ofInstant(clock.instant(),
                            ZoneOffset.UTC));
                    KycCase updated = cases.addDocument(caller.tenant(), caseId, document);
                    return responses.stored(201, CaseViews.of(updated, caller.audience()), Map.of());
                }), correlationId);
            }
            case "POST /v1/kyc/webhooks/{vendor}" -> {
                KycVendorDecision decision = webhook.verify(request.pathParameter("vendor").orElse(""),
                        request.header(KycWebhookSignature.TIMESTAMP_HEADER).orElse(null),
                        request.header(KycWebhookSignature.SIGNATURE_HEADER).orElse(null), request.body(),
                        clock.instant());
                VendorEventResult result = cases.applyVendorDecision(decision);
                yield responses.json(200, JsonNodeFactory.instance.objectNode().put("status", result.status().name())
                        .put("caseState", result.kycCase().state().name()), correlationId);
            }
            case "POST /v1/screening/names" -> {
                Caller.of(request, event);
                yield responses.json(200, names.screen(codec.readTree(request.body())), correlationId);
            }
            default -> throw new PlatformException(ErrorCode.NOT_FOUND, "no such route in the KYC function");
        };
    }

    private static String pathId(ProxyRequest request, String name) {
        String value = request.pathParameter(name).orElse("");
        if (!ExternalRef.ID.matcher(value).matches()) {
            throw PlatformException.validation("the request is not valid",
                    List.of(new FieldError(name, "must be 1-64 letters, digits or . _ -")));
        }
        return value;
    }
}
