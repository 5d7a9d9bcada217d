package io.usdtcustody.localcloud.gateway.integration;

import io.usdtcustody.localcloud.gateway.GatewayProblems;
import io.usdtcustody.localcloud.gateway.GatewayRequest;
import io.usdtcustody.localcloud.gateway.GatewayResponse;
import io.usdtcustody.localcloud.gateway.GatewaySettings;
import io.usdtcustody.localcloud.gateway.auth.Caller;
import io.usdtcustody.localcloud.gateway.lambda.InvocationResult;
import io.usdtcustody.localcloud.gateway.lambda.LocalLambda;
import io.usdtcustody.localcloud.gateway.routing.RouteMatch;
import io.usdtcustody.model.catalogue.RouteTarget;
import io.usdtcustody.model.errors.ErrorCode;
import java.net.URI;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an authenticated request to its route's target and turns the outcome into the response API Gateway
 * would give: the function's proxy response or the service's response as they are; 502 for a function that
 * threw, crashed, did not start or answered with a malformed proxy response; 504 when it ran out of time. The
 * caller never sees a function's error message; the log gets its error type and the request id.
 */
public final class TargetInvoker {
    private static final Logger LOG = LoggerFactory.getLogger(TargetInvoker.class);

    private final GatewaySettings settings;
    private final LocalLambda lambda;
    private final ProxyEvents events;
    private final ServiceProxy services = new ServiceProxy();

    public TargetInvoker(GatewaySettings settings, LocalLambda lambda) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.lambda = Objects.requireNonNull(lambda, "lambda");
        this.events = new ProxyEvents(settings.api(), settings.stage());
    }

    public GatewayResponse invoke(GatewayRequest request, RouteMatch.Found match, Caller caller) {
        RouteTarget target = match.route().target();
        return target instanceof RouteTarget.FunctionTarget function
                ? function(request, match, caller, function.name())
                : service(request, caller, target.name());
    }

    private GatewayResponse function(GatewayRequest request, RouteMatch.Found match, Caller caller, String function) {
        if (!lambda.has(function)) {
            return GatewayProblems.of(ErrorCode.BAD_GATEWAY, "The function behind this route is not deployed.", request.requestId());
        }
        InvocationResult result = lambda.invoke(function, events.toEvent(request, match, caller),
                settings.functionTimeout(function));
        if (result.coldStart()) {
            LOG.info("function {} cold start: init {} ms (request {})", function, result.initDuration().toMillis(),
                    request.requestId());
        }
        switch (result.outcome()) {
            case SUCCESS:
                return ProxyResponses.parse(result.payload()).orElseGet(() -> {
                    LOG.warn("function {} answered request {} with a malformed proxy response", function, request.requestId());
                    return GatewayProblems.of(ErrorCode.BAD_GATEWAY, "The function answered with a malformed response.",
                            request.requestId());
                });
            case TIMEOUT:
                LOG.warn("function {} timed out on request {}", function, request.requestId());
                return GatewayProblems.of(ErrorCode.GATEWAY_TIMEOUT, "The function did not answer in time.", request.requestId());
            case THROTTLED:
                return GatewayProblems.of(ErrorCode.UNAVAILABLE, "The function is at its concurrency limit; retry shortly.",
                        request.requestId()).withHeader("Retry-After", "1");
            default:
                LOG.warn("function {} failed on request {}: {} ({})", function, request.requestId(), result.outcome(),
                        result.errorType());
                return GatewayProblems.of(ErrorCode.BAD_GATEWAY, "The function failed to handle the request.", request.requestId());
        }
    }

    private GatewayResponse service(GatewayRequest request, Caller caller, String service) {
        URI base = settings.services().get(service);
        if (base == null) {
            return GatewayProblems.of(ErrorCode.UNAVAILABLE, "The service behind this route is not running.", request.requestId());
        }
        try {
            return services.forward(request, base, caller, settings.integrationTimeout());
        } catch (ServiceProxy.UpstreamException e) {
            LOG.warn("service {} on request {}: {}", service, request.requestId(), e.getMessage());
            return e.timedOut()
                    ? GatewayProblems.of(ErrorCode.GATEWAY_TIMEOUT, "The service did not answer in time.", request.requestId())
                    : GatewayProblems.of(ErrorCode.BAD_GATEWAY, "The service could not be reached.", request.requestId());
        }
    }
}
