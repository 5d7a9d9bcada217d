package io.usdtcustody.functions.kyc;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.functions.common.ApiResponses;
import io.usdtcustody.functions.common.ProxyRequest;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonDecodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KYC Lambda ({@code ResourceCatalogue.KYC}): KYC cases, the vendor's signed webhooks and partners' name
 * screening behind the API gateway (routes in {@code KycRoutes}). Thin: everything is built once per execution
 * environment ({@link KycWiring}); each invocation runs inside its log context and metrics; every refusal or
 * failure becomes problem+json — an unexpected one a bare 500, logged here with its cause, never shown. Log
 * lines carry the route, status and error code only: what a KYC request carries is personal data.
 */
public final class KycHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(KycHandler.class);

    private final KycWiring wiring;
    private final ApiResponses responses;
    @SuppressWarnings({"unused", "FieldCanBeLocal"}) // held so the CRaC context (weak references) keeps the hook
    private final KycPriming priming;

    /** Lambda's constructor: the function as configured by its environment. */
    public KycHandler() {
        this(KycWiring.fromEnvironment(System.getenv()));
    }

    /** For tests: the function on the given ports. */
    public KycHandler(KycWiring wiring) {
        this.wiring = wiring;
        this.responses = new ApiResponses(wiring.codec());
        this.priming = KycPriming.register(wiring.screening(), wiring.codec());
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
        try {
            APIGatewayProxyResponseEvent response = wiring.routes().handle(request, event, context);
            LOG.info("{} answered {}", route, response.getStatusCode());
            return response;
        } catch (PlatformException | JsonDecodingException refusal) {
            APIGatewayProxyResponseEvent problem = responses.problem(refusal, request.path(), correlationId);
            boolean server = problem.getStatusCode() >= 500;
            wiring.telemetry().metrics().count(server ? "ServerErrorsCount" : "ClientErrorsCount");
            String code = refusal instanceof PlatformException p ? p.errorCode().code() : "JSON";
            if (server) {
                LOG.warn("{} refused {} {}", route, problem.getStatusCode(), code, refusal);
            } else {
                LOG.info("{} refused {} {}", route, problem.getStatusCode(), code);
            }
            return problem;
        } catch (RuntimeException failure) {
            wiring.telemetry().metrics().count("ServerErrorsCount");
            LOG.error("{} failed", route, failure);
            return responses.problem(failure, request.path(), correlationId);
        }
    }
}
