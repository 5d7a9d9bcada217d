package io.usdtcustody.matching.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.errors.Problem;
import io.usdtcustody.model.errors.ProblemMapper;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import jakarta.inject.Singleton;
import java.net.URI;

/**
 * Typed failures of the matching API become RFC 9457 problem+json responses with the shared error codes: the
 * domain's {@link PlatformException}s and malformed or mistyped JSON ({@link JsonDecodingException}).
 */
public abstract class ProblemHandler<E extends RuntimeException> implements ExceptionHandler<E, HttpResponse<byte[]>> {
    private final ProblemMapper mapper;

    ProblemHandler(JsonCodec codec) {
        this.mapper = new ProblemMapper(codec);
    }

    @Override
    public HttpResponse<byte[]> handle(HttpRequest request, E exception) {
        Problem problem = mapper.toProblem(exception, URI.create(request.getPath()));
        return HttpResponse.<byte[]>status(HttpStatus.valueOf(problem.status()))
                .contentType(ProblemMapper.MEDIA_TYPE).body(mapper.toJson(problem));
    }

    /** The domain's typed failures. */
    @Singleton
    @Produces
    public static class Platform extends ProblemHandler<PlatformException> {
        public Platform(JsonCodec codec) {
            super(codec);
        }
    }

    /** Bad JSON from a client. */
    @Singleton
    @Produces
    public static class Json extends ProblemHandler<JsonDecodingException> {
        public Json(JsonCodec codec) {
            super(codec);
        }
    }
}
