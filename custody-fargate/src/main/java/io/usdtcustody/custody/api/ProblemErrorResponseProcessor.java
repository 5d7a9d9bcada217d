package io.usdtcustody.custody.api;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.ProblemMapper;
import io.usdtcustody.model.json.JsonCodec;
import jakarta.inject.Singleton;

/**
 * Errors the framework raises itself (unknown route, wrong method, unsupported media type, body too large,
 * unreadable request, anything unexpected) get the same problem+json body as ours: a stable code, a generic
 * detail, and never an internal message or stack trace.
 */
@Singleton
@Primary
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<byte[]> {
    private final ProblemMapper mapper;

    public ProblemErrorResponseProcessor(JsonCodec codec) {
        this.mapper = new ProblemMapper(codec);
    }

    @Override
    public MutableHttpResponse<byte[]> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        ErrorCode code = codeFor(response.status());
        var problem = mapper.toProblem(code, code.title(), null);
        return response.contentType(ProblemMapper.MEDIA_TYPE)
                .status(HttpStatus.valueOf(problem.status()))
                .body(mapper.toJson(problem));
    }

    static ErrorCode codeFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ErrorCode.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case REQUEST_ENTITY_TOO_LARGE -> ErrorCode.PAYLOAD_TOO_LARGE;
            case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
            case FORBIDDEN -> ErrorCode.FORBIDDEN;
            case TOO_MANY_REQUESTS -> ErrorCode.RATE_LIMITED;
            case SERVICE_UNAVAILABLE -> ErrorCode.UNAVAILABLE;
            default -> status.getCode() >= 400 && status.getCode() < 500 ? ErrorCode.VALIDATION_FAILED : ErrorCode.INTERNAL;
        };
    }
}
