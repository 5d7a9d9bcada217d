package io.usdtcustody.custody.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonDecodingException;
import jakarta.inject.Singleton;

/** Typed failures become their own problem+json responses (status and stable code from {@code ErrorCode}). */
public final class ProblemExceptionHandlers {
    private ProblemExceptionHandlers() {
    }

    /** {@link PlatformException}: the code and detail the domain chose. */
    @Singleton
    @Produces
    @Requires(classes = {PlatformException.class, ExceptionHandler.class})
    public static class Platform implements ExceptionHandler<PlatformException, HttpResponse<byte[]>> {
        private final ProblemResponses problems;

        public Platform(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<byte[]> handle(HttpRequest request, PlatformException exception) {
            return problems.of(exception, request.getPath());
        }
    }

    /** Bad JSON from a client: malformed, or well-formed with unknown, missing or mistyped fields. */
    @Singleton
    @Produces
    @Requires(classes = {JsonDecodingException.class, ExceptionHandler.class})
    public static class Json implements ExceptionHandler<JsonDecodingException, HttpResponse<byte[]>> {
        private final ProblemResponses problems;

        public Json(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<byte[]> handle(HttpRequest request, JsonDecodingException exception) {
            return problems.of(exception, request.getPath());
        }
    }
}
