package io.usdtcustody.model.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.json.JsonDecodingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one way failures become responses: {@link Throwable} or {@link ErrorCode} → {@link Problem} →
 * {@code application/problem+json} bytes, and back for clients of our APIs.
 *
 * <p>Only {@link PlatformException} and {@link JsonDecodingException} carry details that reach the caller;
 * every other throwable becomes {@link ErrorCode#INTERNAL} with a fixed detail, because its message was written
 * for developers and may hold internals. Log the throwable yourself before mapping it.
 */
public final class ProblemMapper {

    /** The RFC 9457 media type for problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    static final String INTERNAL_DETAIL = "The request could not be completed because of an internal error.";

    private final JsonCodec codec;

    public ProblemMapper(JsonCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** The problem for a failure; {@code instance} (e.g. the request path or id) may be null. */
    public Problem toProblem(Throwable failure, URI instance) {
        if (failure instanceof PlatformException platform) {
            return Problem.of(platform.errorCode(), platform.detail(), instance, platform.fieldErrors());
        }
        if (failure instanceof JsonDecodingException decoding) {
            ErrorCode code = decoding.kind() == JsonDecodingException.Kind.MALFORMED_JSON
                    ? ErrorCode.MALFORMED_JSON : ErrorCode.VALIDATION_FAILED;
            return Problem.of(code, truncate(decoding.getMessage()), instance, List.of());
        }
        return Problem.of(ErrorCode.INTERNAL, INTERNAL_DETAIL, instance, List.of());
    }

    public Problem toProblem(ErrorCode errorCode, String detail, URI instance) {
        return Problem.of(errorCode, detail, instance, List.of());
    }

    public byte[] toJson(Throwable failure, URI instance) {
        return toJson(toProblem(failure, instance));
    }

    /** Members in RFC order; absent {@code detail}/{@code instance} and empty {@code errors} are left out. */
    public byte[] toJson(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("type", problem.type().toString());
        json.put("title", problem.title());
        json.put("status", problem.status());
        if (problem.detail() != null) {
            json.put("detail", problem.detail());
        }
        if (problem.instance() != null) {
            json.put("instance", problem.instance().toString());
        }
        json.put("code", problem.code());
        if (!problem.errors().isEmpty()) {
            ArrayNode errors = json.putArray("errors");
            for (FieldError error : problem.errors()) {
                errors.addObject().put("field", error.field()).put("message", error.message());
            }
        }
        return codec.write(json);
    }

    /**
     * Reads a problem body from another service. Unknown extension members are ignored, as RFC 9457 asks.
     *
     * @throws JsonDecodingException when the body is not a problem
     */
    public Problem fromJson(byte[] body) {
        JsonNode json = codec.readTree(body);
        try {
            if (!json.isObject()) {
                throw new IllegalArgumentException("not an object");
            }
            List<FieldError> errors = new ArrayList<>();
            JsonNode errorsNode = json.path("errors");
            if (!errorsNode.isMissingNode()) {
                if (!errorsNode.isArray()) {
                    throw new IllegalArgumentException("errors is not an array");
                }
                for (JsonNode error : errorsNode) {
                    errors.add(new FieldError(text(error, "field", true), text(error, "message", true)));
                }
            }
            JsonNode status = json.path("status");
            if (!status.isInt()) {
                throw new IllegalArgumentException("status is not an integer");
            }
            String instance = text(json, "instance", false);
            return new Problem(URI.create(text(json, "type", true)), text(json, "title", true), status.intValue(),
                    text(json, "detail", false), instance == null ? null : URI.create(instance),
                    text(json, "code", true), errors);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonDecodingException(JsonDecodingException.Kind.INVALID_CONTENT,
                    "body is not an RFC 9457 problem with our code member");
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException(field + " is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " is not a string");
        }
        return value.textValue();
    }

    private static String truncate(String detail) {
        return detail.length() <= Problem.MAX_DETAIL_LENGTH ? detail : detail.substring(0, Problem.MAX_DETAIL_LENGTH);
    }
}
