package io.usdtcustody.functions.common;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.functions.common.idempotency.IdempotencyKey;
import io.usdtcustody.functions.common.idempotency.IdempotentRequest;
import io.usdtcustody.functions.common.idempotency.PayloadHash;
import io.usdtcustody.model.catalogue.AuthorizerContract;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An API Gateway proxy event read the way every function must read it: the tenant only from the authorizer's
 * context ({@code requestContext.authorizer.tenantId}, never from a header or the body), headers without
 * regard to case, the body decoded when the gateway base64-encoded it, and the correlation id that ties the
 * request's logs together (the caller's {@code X-Correlation-Id}, else the gateway's request id).
 */
public final class ProxyRequest {
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    /** Used when no Lambda context tells the remaining time (tests, tools). */
    static final Duration DEFAULT_LOCK = Duration.ofSeconds(30);
    private static final Pattern SANE_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final APIGatewayProxyRequestEvent event;

    private ProxyRequest(APIGatewayProxyRequestEvent event) {
        this.event = event;
    }

    public static ProxyRequest of(APIGatewayProxyRequestEvent event) {
        return new ProxyRequest(Objects.requireNonNull(event, "event"));
    }

    public String method() {
        return event.getHttpMethod() == null ? "" : event.getHttpMethod();
    }

    /** The route template, e.g. {@code /v1/customers/{customerId}}. */
    public String resource() {
        return event.getResource() == null ? "" : event.getResource();
    }

    /** The concrete path, e.g. {@code /v1/customers/0190…}. */
    public String path() {
        return event.getPath() == null ? "" : event.getPath();
    }

    /**
     * The caller's tenant, as the gateway's authorizer established it.
     *
     * @throws PlatformException {@code UNAUTHENTICATED} when the event carries no valid tenant (a misrouted
     *                           or forged invocation: the gateway never sends one without)
     */
    public TenantId tenant() {
        var context = event.getRequestContext();
        Map<String, Object> authorizer = context == null ? null : context.getAuthorizer();
        Object tenant = authorizer == null ? null : authorizer.get(AuthorizerContract.TENANT_ID);
        if (tenant instanceof String text) {
            try {
                return TenantId.of(text);
            } catch (IllegalArgumentException e) {
                // falls through to the refusal below
            }
        }
        throw new PlatformException(ErrorCode.UNAUTHENTICATED, "The request carries no authenticated tenant.");
    }

    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
                return Optional.ofNullable(header.getValue());
            }
        }
        return Optional.empty();
    }

    public Optional<String> pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        return parameters == null ? Optional.empty() : Optional.ofNullable(parameters.get(name));
    }

    /** The caller's correlation id when it is a sane token, else the gateway's request id, else "-". */
    public String correlationId() {
        Optional<String> given = header(ApiResponses.CORRELATION_HEADER)
                .filter(id -> SANE_CORRELATION_ID.matcher(id).matches());
        if (given.isPresent()) {
            return given.get();
        }
        var context = event.getRequestContext();
        String requestId = context == null ? null : context.getRequestId();
        return requestId == null || !SANE_CORRELATION_ID.matcher(requestId).matches() ? "-" : requestId;
    }

    /** The body's bytes (empty when there is none). */
    public byte[] body() {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new PlatformException(ErrorCode.MALFORMED_JSON, "The request body is not valid base64.");
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The idempotency identity of this write: the tenant, {@code METHOD /resource} as scope, the client's
     * {@code Idempotency-Key}, the hash of the path and canonical {@code body}, and a claim lasting the
     * invocation's remaining time.
     *
     * @throws PlatformException {@code VALIDATION_FAILED} when the header is missing or not a usable key
     */
    public IdempotentRequest idempotent(JsonNode body, Context context) {
        String clientKey = header(IDEMPOTENCY_HEADER).orElse(null);
        if (!IdempotencyKey.isValidClientKey(clientKey)) {
            throw PlatformException.validation("Every write needs an Idempotency-Key header.",
                    List.of(new FieldError(IDEMPOTENCY_HEADER, "required: 1-" + IdempotencyKey.MAX_CLIENT_KEY_LENGTH
                            + " visible ASCII characters, e.g. a UUID; reuse it only to retry the same request")));
        }
        Duration lockFor = context == null || context.getRemainingTimeInMillis() <= 0
                ? DEFAULT_LOCK : Duration.ofMillis(context.getRemainingTimeInMillis());
        return new IdempotentRequest(new IdempotencyKey(tenant(), method() + " " + resource(), clientKey),
                PayloadHash.of(path(), body), lockFor);
    }
}
