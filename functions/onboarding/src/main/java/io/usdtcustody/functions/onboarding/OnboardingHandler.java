package io.usdtcustody.functions.onboarding;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.functions.common.ApiFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The onboarding Lambda ({@code ResourceCatalogue.ONBOARDING}): customers under the caller's tenant, their profile and consents, deposit addresses and balances from custody (routes in {@code OnboardingRoutes}). Thin: everything is built once per
 * execution environment ({@link OnboardingWiring}); {@link ApiFunction} runs each invocation (log context, metrics,
 * problem+json) and keeps the SnapStart priming hook ({@link OnboardingPriming}).
 */
public final class OnboardingHandler implements RequestStreamHandler {
    private final ApiFunction function;

    /** Lambda's constructor: the function as configured by its environment. */
    public OnboardingHandler() {
        this(OnboardingWiring.fromEnvironment(System.getenv()));
    }

    /** For tests: the function on the given ports. */
    public OnboardingHandler(OnboardingWiring wiring) {
        this.function = new ApiFunction(OnboardingHandler.class, wiring.telemetry(), wiring.codec(), wiring.routes()::handle,
                () -> OnboardingPriming.prime(wiring.screening(), wiring.codec()));
    }

    /** Lambda's entry point: the proxy event read with the function's own Jackson (see {@link ApiFunction}). */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        function.handle(input, output, context);
    }

    /** One proxy event, for tests. */
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return function.handle(event, context);
    }
}
