package io.usdtcustody.functions.common;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.functions.common.idempotency.Idempotency;
import io.usdtcustody.functions.common.idempotency.StoredResponse;
import io.usdtcustody.model.errors.Problem;
import io.usdtcustody.model.errors.ProblemMapper;
import io.usdtcustody.model.json.JsonCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns handler results and failures into API Gateway proxy responses: JSON bodies for success, RFC 9457
 * problem+json for every failure, with the correlation id echoed so a request can be followed end to end.
 * A failure that is not a {@code PlatformException} becomes a generic 500: callers never see internals.
 */
public final class ApiResponses {
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** Set on a response that repeats the stored answer to an earlier request with the same Idempotency-Key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String JSON = "application/json";

    private final JsonCodec codec;
    private final ProblemMapper problems;

    public ApiResponses(JsonCodec codec) {
        this.codec = codec;
        this.problems = new ProblemMapper(codec);
    }

    public APIGatewayProxyResponseEvent json(int status, Object body, String correlationId) {
        return response(status, JSON, new String(codec.write(body), StandardCharsets.UTF_8), correlationId);
    }

    /** A JSON response to keep as an idempotent write's outcome, with extra headers such as {@code Location}. */
    public StoredResponse stored(int status, Object body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", JSON);
        return new StoredResponse(status, all, new String(codec.write(body), StandardCharsets.UTF_8));
    }

    /** The outcome of an idempotent write, marked when it is a replay. */
    public APIGatewayProxyResponseEvent from(Idempotency.Result result, String correlationId) {
        Map<String, String> headers = new HashMap<>(result.response().headers());
        if (result.replayed()) {
            headers.put(REPLAYED_HEADER, "true");
        }
        if (correlationId != null) {
            headers.put(CORRELATION_HEADER, correlationId);
        }
        return new APIGatewayProxyResponseEvent().withStatusCode(result.response().statusCode())
                .withHeaders(headers).withBody(result.response().body());
    }

    public APIGatewayProxyResponseEvent problem(Throwable failure, String path, String correlationId) {
        Problem problem = problems.toProblem(failure, path == null ? null : URI.create(path));
        return response(problem.status(), ProblemMapper.MEDIA_TYPE,
                new String(problems.toJson(problem), StandardCharsets.UTF_8), correlationId);
    }

    private static APIGatewayProxyResponseEvent response(int status, String contentType, String body, String correlationId) {
        Map<String, String> headers = correlationId == null
                ? Map.of("Content-Type", contentType)
                : Map.of("Content-Type", contentType, CORRELATION_HEADER, correlationId);
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(headers).withBody(body);
    }
}
