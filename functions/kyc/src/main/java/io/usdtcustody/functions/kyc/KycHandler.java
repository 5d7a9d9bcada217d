package io.usdtcustody.functions.kyc;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.functions.kyc.api.KycRoutes;

/**
 * The KYC Lambda's entry point ({@code ResourceCatalogue.KYC}): KYC cases, the vendor's signed webhooks and
 * partners' name screening behind the API gateway. Everything is built once per execution environment, in the
 * constructor (Lambda's init phase, and what a SnapStart snapshot holds); the sanctions screen is built on its
 * first use. Tests pass their own routes.
 */
public final class KycHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final KycRoutes routes;

    /** The function as Lambda creates it, wired from its environment. */
    public KycHandler() {
        this(KycWiring.fromEnvironment(System.getenv()).routes());
    }

    public KycHandler(KycRoutes routes) {
        this.routes = routes;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return routes.handle(event, context);
    }
}
