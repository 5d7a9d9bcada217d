package io.usdtcustody.localcloud.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.usdtcustody.localcloud.gateway.auth.Authentication;
import io.usdtcustody.localcloud.gateway.auth.Authenticator;
import io.usdtcustody.localcloud.gateway.auth.Caller;
import io.usdtcustody.localcloud.gateway.auth.UsagePlanLimiter;
import io.usdtcustody.localcloud.gateway.integration.TargetInvoker;
import io.usdtcustody.localcloud.gateway.routing.RouteMatch;
import io.usdtcustody.localcloud.gateway.routing.RouteTable;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.HttpMethod;
import io.usdtcustody.model.catalogue.RouteTarget;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's request pipeline, in API Gateway's order: route (404/405), body size (413), authentication
 * (401/403), usage plan (429 with {@code Retry-After}), required {@code Idempotency-Key} on writes (400), then
 * the target. Every response carries the correlation id (the caller's {@code X-Correlation-Id} when it is a
 * sane token, a new one otherwise) and the gateway's request id.
 */
final class GatewayHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayHandler.class);
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    static final String HEALTH_PATH = "/health";

    private final GatewaySettings settings;
    private final RouteTable routes;
    private final Authenticator authenticator;
    private final UsagePlanLimiter limiter;
    private final TargetInvoker invoker;

    GatewayHandler(GatewaySettings settings, Authenticator authenticator, UsagePlanLimiter limiter, TargetInvoker invoker) {
        this.settings = settings;
        this.routes = new RouteTable(settings.api().routes());
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.invoker = invoker;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        Instant receivedAt = settings.clock().instant();
        String requestId = UUID.randomUUID().toString();
        String correlationId = Optional.ofNullable(exchange.getRequestHeaders().getFirst(ApiSpec.CORRELATION_ID_HEADER))
                .filter(id -> CORRELATION_ID.matcher(id).matches()).orElse(requestId);
        String resource = "-";
        String tenant = "-";
        GatewayResponse response;
        try {
            RouteMatch match = routes.match(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
            if (match instanceof RouteMatch.Found found) {
                resource = found.route().path();
                Outcome outcome = serve(exchange, found, requestId, correlationId, receivedAt);
                response = outcome.response();
                tenant = outcome.caller().flatMap(Caller::tenant).map(Object::toString).orElse("-");
            } else {
                response = unrouted(exchange, match, requestId);
            }
        } catch (RuntimeException e) {
            LOG.error("request {} failed inside the gateway", requestId, e);
            response = GatewayProblems.of(ErrorCode.INTERNAL, "The gateway could not handle the request.", requestId);
        }
        response = response.withHeader(ApiSpec.CORRELATION_ID_HEADER, correlationId).withHeader("x-amzn-RequestId", requestId);
        response.headers().forEach((name, values) -> values.forEach(value -> exchange.getResponseHeaders().add(name, value)));
        LoopbackHttp.send(exchange, response.status(), response.body());
        LOG.info("{} {} [{}] -> {} in {} ms tenant={} correlationId={}", exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), resource, response.status(), (System.nanoTime() - started) / 1_000_000,
                tenant, correlationId);
    }

    private GatewayResponse unrouted(HttpExchange exchange, RouteMatch match, String requestId) {
        if ("GET".equals(exchange.getRequestMethod()) && HEALTH_PATH.equals(exchange.getRequestURI().getRawPath())) {
            return new GatewayResponse(200, Map.of("Content-Type", List.of("application/json")),
                    "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
        }
        if (match instanceof RouteMatch.MethodNotAllowed notAllowed) {
            String allow = notAllowed.allowed().stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
            return GatewayProblems.of(ErrorCode.METHOD_NOT_ALLOWED, "This path takes " + allow + ".", requestId)
                    .withHeader("Allow", allow);
        }
        return GatewayProblems.of(ErrorCode.NOT_FOUND, "No route matches this path.", requestId);
    }

    /** A routed request's response and, once known, its caller (for the access log). */
    private record Outcome(GatewayResponse response, Optional<Caller> caller) {
    }

    private Outcome serve(HttpExchange exchange, RouteMatch.Found match, String requestId, String correlationId,
                          Instant receivedAt) throws IOException {
        int limit = match.route().target() instanceof RouteTarget.FunctionTarget
                ? settings.maxFunctionBodyBytes() : settings.maxServiceBodyBytes();
        Optional<byte[]> body = LoopbackHttp.readBody(exchange, limit);
        if (body.isEmpty()) {
            return new Outcome(GatewayProblems.of(ErrorCode.PAYLOAD_TOO_LARGE, "The body is larger than " + limit + " bytes.",
                    requestId), Optional.empty());
        }
        GatewayRequest request = new GatewayRequest(requestId, correlationId, exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(),
                body.get(), exchange.getRemoteAddress().getAddress().getHostAddress(), receivedAt);
        Authentication authentication = authenticator.authenticate(match.route().auth(), request);
        if (authentication instanceof Authentication.Refused refused) {
            GatewayResponse problem = GatewayProblems.of(refused.code(), refused.detail(), requestId);
            return new Outcome(refused.bearerChallenge() ? problem.withHeader("WWW-Authenticate", "Bearer") : problem,
                    Optional.empty());
        }
        Caller caller = ((Authentication.Authenticated) authentication).caller();
        if (caller.partnerKey().isPresent()) {
            UsagePlanLimiter.Admission admission = limiter.admit(caller.partnerKey().get());
            if (!admission.admitted()) {
                String detail = admission.limit() == UsagePlanLimiter.Admission.Limit.QUOTA
                        ? "The daily request quota of this API key is used up." : "Too many requests for this API key's rate.";
                return new Outcome(GatewayProblems.of(ErrorCode.RATE_LIMITED, detail, requestId)
                        .withHeader("Retry-After", Long.toString(admission.retryAfterSeconds())), Optional.of(caller));
            }
        }
        if (match.route().idempotencyKeyRequired()
                && request.header(ApiSpec.IDEMPOTENCY_KEY_HEADER).filter(key -> IDEMPOTENCY_KEY.matcher(key).matches()).isEmpty()) {
            return new Outcome(GatewayProblems.of(ErrorCode.VALIDATION_FAILED, "This write needs an Idempotency-Key header.",
                    requestId, List.of(new FieldError(ApiSpec.IDEMPOTENCY_KEY_HEADER,
                            "required on writes: 1-255 visible ASCII characters"))), Optional.of(caller));
        }
        return new Outcome(invoker.invoke(request, match, caller), Optional.of(caller));
    }
}
