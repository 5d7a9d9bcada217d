package io.usdtcustody.functions.kyc;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.functions.common.ApiFunction;

/**
 * The kyc Lambda ({@code ResourceCatalogue.KYC}): KYC cases, the vendor's signed webhooks and partners' name screening behind the API gateway (routes in {@code KycRoutes}). Thin: everything is built once per
 * execution environment ({@link KycWiring}); {@link ApiFunction} runs each invocation (log context, metrics,
 * problem+json) and keeps the SnapStart priming hook ({@link KycPriming}).
 */
public final class KycHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final ApiFunction function;

    /** Lambda's constructor: the function as configured by its environment. */
    public KycHandler() {
        this(KycWiring.fromEnvironment(System.getenv()));
    }

    /** For tests: the function on the given ports. */
    public KycHandler(KycWiring wiring) {
        this.function = new ApiFunction(KycHandler.class, wiring.telemetry(), wiring.codec(), wiring.routes()::handle,
                () -> KycPriming.prime(wiring.screening(), wiring.codec()));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return function.handle(event, context);
    }
}
