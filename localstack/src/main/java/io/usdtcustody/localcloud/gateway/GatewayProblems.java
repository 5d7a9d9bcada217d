package io.usdtcustody.localcloud.gateway;

import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.Problem;
import io.usdtcustody.model.errors.ProblemMapper;
import io.usdtcustody.model.json.JsonCodec;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The gateway's own error responses, as RFC 9457 problem+json through the platform's one {@link ProblemMapper}:
 * stable codes, a caller-facing detail, and the request id as {@code instance} so a caller can quote it.
 */
public final class GatewayProblems {
    private static final ProblemMapper MAPPER = new ProblemMapper(new JsonCodec());

    private GatewayProblems() {
    }

    public static GatewayResponse of(ErrorCode code, String detail, String requestId) {
        return of(code, detail, requestId, List.of());
    }

    public static GatewayResponse of(ErrorCode code, String detail, String requestId, List<FieldError> errors) {
        Problem problem = Problem.of(code, detail, URI.create("urn:uuid:" + requestId), errors);
        return new GatewayResponse(code.httpStatus(), Map.of("Content-Type", List.of(ProblemMapper.MEDIA_TYPE)),
                MAPPER.toJson(problem));
    }
}
