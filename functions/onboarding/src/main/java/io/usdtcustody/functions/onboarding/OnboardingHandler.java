package io.usdtcustody.functions.onboarding;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.functions.common.ApiResponses;
import io.usdtcustody.functions.common.ProxyRequest;
import io.usdtcustody.functions.common.telemetry.MetricsRecorder;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonDecodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The onboarding Lambda: customers under the caller's tenant, their profile and consents, deposit addresses and
 * balances from custody (routes in {@code OnboardingRoutes}). Thin: everything is built once per execution
 * environment ({@link OnboardingWiring}); each invocation is answered inside its log context and metrics, and
 * every refusal or failure becomes RFC 9457 problem+json — an unexpected one as a bare 500, logged here with its
 * cause but never shown to the caller.
 */
public final class OnboardingHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(OnboardingHandler.class);

    private final OnboardingWiring wiring;
    private final ApiResponses responses;
    @SuppressWarnings({"unused", "FieldCanBeLocal"}) // held so the CRaC context (weak references) keeps the hook
    private final OnboardingPriming priming;

    /** Lambda's constructor: the function as configured by its environment. */
    public OnboardingHandler() {
        this(OnboardingWiring.fromEnvironment(System.getenv()));
    }

    /** For tests: the function on the given ports. */
    public OnboardingHandler(OnboardingWiring wiring) {
        this.wiring = wiring;
        this.responses = new ApiResponses(wiring.codec());
        this.priming = OnboardingPriming.register(wiring.screening(), wiring.codec());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        ProxyRequest request = ProxyRequest.of(event);
        String correlationId = request.correlationId();
        String route = request.method() + " " + request.resource();
        return wiring.telemetry().invocation(context, correlationId, route,
                () -> answer(request, event, context, route, correlationId));
    }

    private APIGatewayProxyResponseEvent answer(ProxyRequest request, APIGatewayProxyRequestEvent event,
                                                Context context, String route, String correlationId) {
        MetricsRecorder metrics = wiring.telemetry().metrics();
        try {
            APIGatewayProxyResponseEvent response = wiring.routes().handle(request, event, context);
            LOG.info("{} answered {}", route, response.getStatusCode());
            return response;
        } catch (PlatformException | JsonDecodingException refusal) {
            APIGatewayProxyResponseEvent problem = responses.problem(refusal, request.path(), correlationId);
            metrics.count(problem.getStatusCode() >= 500 ? "ServerErrorsCount" : "ClientErrorsCount");
            String code = refusal instanceof PlatformException p ? p.errorCode().code() : "JSON";
            if (problem.getStatusCode() >= 500) {
                LOG.warn("{} refused {} {}", route, problem.getStatusCode(), code, refusal);
            } else {
                LOG.info("{} refused {} {}", route, problem.getStatusCode(), code);
            }
            return problem;
        } catch (RuntimeException failure) {
            metrics.count("ServerErrorsCount");
            LOG.error("{} failed", route, failure);
            return responses.problem(failure, request.path(), correlationId);
        }
    }
}
