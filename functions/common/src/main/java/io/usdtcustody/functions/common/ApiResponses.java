package io.usdtcustody.functions.common;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.usdtcustody.model.errors.Problem;
import io.usdtcustody.model.errors.ProblemMapper;
import io.usdtcustody.model.json.JsonCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns handler results and failures into API Gateway proxy responses: JSON bodies for success, RFC 9457
 * problem+json for every failure, with the correlation id echoed so a request can be followed end to end.
 * A failure that is not a {@code PlatformException} becomes a generic 500: callers never see internals.
 */
public final class ApiResponses {
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
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
