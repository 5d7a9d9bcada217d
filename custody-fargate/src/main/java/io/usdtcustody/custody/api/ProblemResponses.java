package io.usdtcustody.custody.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.Problem;
import io.usdtcustody.model.errors.ProblemMapper;
import io.usdtcustody.model.json.JsonCodec;
import jakarta.inject.Singleton;
import java.net.URI;

/** Turns failures into RFC 9457 {@code application/problem+json} responses, the same body everywhere. */
@Singleton
public class ProblemResponses {
    private final ProblemMapper mapper;

    public ProblemResponses(JsonCodec codec) {
        this.mapper = new ProblemMapper(codec);
    }

    public MutableHttpResponse<byte[]> of(Throwable failure, String path) {
        return respond(mapper.toProblem(failure, instance(path)));
    }

    public MutableHttpResponse<byte[]> of(ErrorCode code, String detail, String path) {
        return respond(mapper.toProblem(code, detail, instance(path)));
    }

    private MutableHttpResponse<byte[]> respond(Problem problem) {
        return HttpResponse.<byte[]>status(HttpStatus.valueOf(problem.status()))
                .contentType(ProblemMapper.MEDIA_TYPE)
                .body(mapper.toJson(problem));
    }

    private static URI instance(String path) {
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
