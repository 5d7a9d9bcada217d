package io.usdtcustody.functions.common;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.functions.common.telemetry.FunctionTelemetry;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every API-facing Lambda does around its routes, so each handler is a constructor and one line: each
 * invocation runs inside its log context and metrics; a refusal becomes RFC 9457 problem+json, an unexpected
 * failure a bare 500 logged with its cause and never shown; log lines carry the route, status and error code
 * only (request bodies are personal data); and the function's SnapStart priming hook is registered and kept. A
 * handler that is a {@code RequestStreamHandler} passes Lambda's streams to {@link #handle(InputStream, OutputStream,
 * Context)}, which reads the proxy event with the project's own Jackson instead of the runtime client's shaded copy
 * (about 240 classes fewer to load at a cold start).
 */
public final class ApiFunction {

    /** A function's routes: one proxy request in, one proxy response out. */
    @FunctionalInterface
    public interface Routes {
        APIGatewayProxyResponseEvent handle(ProxyRequest request, APIGatewayProxyRequestEvent event, Context context);
    }

    /** API Gateway's proxy events, read leniently (API Gateway adds fields) and written without nulls. */
    private static final ObjectMapper EVENTS = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final Logger log;
    private final FunctionTelemetry telemetry;
    private final ApiResponses responses;
    private final Routes routes;
    @SuppressWarnings({"unused", "FieldCanBeLocal"}) // held so the CRaC context (weak references) keeps the hook
    private final SnapStartPriming priming;

    public ApiFunction(Class<?> handler, FunctionTelemetry telemetry, JsonCodec codec, Routes routes, Runnable prime) {
        this.log = LoggerFactory.getLogger(handler);
        this.telemetry = telemetry;
        this.responses = new ApiResponses(codec);
        this.routes = routes;
        this.priming = SnapStartPriming.register(prime);
    }

    /** One invocation from Lambda's streams: the proxy event in, the proxy response out. */
    public void handle(InputStream input, OutputStream output, Context context) throws IOException {
        APIGatewayProxyRequestEvent event = EVENTS.readValue(input, APIGatewayProxyRequestEvent.class);
        EVENTS.writeValue(output, handle(event, context));
    }

    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, Context context) {
        ProxyRequest request = ProxyRequest.of(event);
        String correlationId = request.correlationId();
        String route = request.method() + " " + request.resource();
        return telemetry.invocation(context, correlationId, route,
                () -> answer(request, event, context, route, correlationId));
    }

    private APIGatewayProxyResponseEvent answer(ProxyRequest request, APIGatewayProxyRequestEvent event,
                                                Context context, String route, String correlationId) {
        try {
            APIGatewayProxyResponseEvent response = routes.handle(request, event, context);
            log.info("{} answered {}", route, response.getStatusCode());
            return response;
        } catch (PlatformException | JsonDecodingException refusal) {
            APIGatewayProxyResponseEvent problem = responses.problem(refusal, request.path(), correlationId);
            boolean server = problem.getStatusCode() >= 500;
            telemetry.metrics().count(server ? "ServerErrorsCount" : "ClientErrorsCount");
            String code = refusal instanceof PlatformException p ? p.errorCode().code() : "JSON";
            if (server) {
                log.warn("{} refused {} {}", route, problem.getStatusCode(), code, refusal);
            } else {
                log.info("{} refused {} {}", route, problem.getStatusCode(), code);
            }
            return problem;
        } catch (RuntimeException failure) {
            telemetry.metrics().count("ServerErrorsCount");
            log.error("{} failed", route, failure);
            return responses.problem(failure, request.path(), correlationId);
        }
    }
}
