package io.usdtcustody.functions.kyc;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.functions.common.ApiFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The kyc Lambda ({@code ResourceCatalogue.KYC}): KYC cases, the vendor's signed webhooks and partners' name screening behind the API gateway (routes in {@code KycRoutes}). Thin: everything is built once per
 * execution environment ({@link KycWiring}); {@link ApiFunction} runs each invocation (log context, metrics,
 * problem+json) and keeps the SnapStart priming hook ({@link KycPriming}).
 */
public final class KycHandler implements RequestStreamHandler {
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
