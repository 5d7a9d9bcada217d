package io.usdtcustody.localcloud.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.usdtcustody.localcloud.gateway.lambda.InvocationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * One cold start: from asking the local Lambda for an invocation with no runtime JVM running to holding the
 * function's first response ({@code firstResponse}), the part of it before the runtime first asked for work
 * ({@code init}, what Lambda reports as Init Duration), and what the function answered — {@code HTTP 404} for an
 * API Gateway proxy response, {@code policy Allow} for an authorizer's, the payload for others, or how the
 * invocation failed.
 */
record ColdStartSample(Duration firstResponse, Duration init, boolean succeeded, String answer) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ANSWER_CHARS = 32;

    ColdStartSample {
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(answer, "answer");
    }

    static ColdStartSample of(Duration firstResponse, InvocationResult result) {
        return new ColdStartSample(firstResponse, result.initDuration(), succeeded(result), answer(result));
    }

    /** The handler returned, and an API response is not a 5xx (a 5xx means the first request was not served). */
    private static boolean succeeded(InvocationResult result) {
        return result.succeeded() && statusCode(json(result.payload())) < 500;
    }

    static String answer(InvocationResult result) {
        if (!result.succeeded()) {
            return result.outcome() + " " + result.errorType();
        }
        JsonNode json = json(result.payload());
        int status = statusCode(json);
        if (status > 0) {
            return "HTTP " + status;
        }
        JsonNode effect = json.path("policyDocument").path("Statement").path(0).path("Effect");
        if (effect.isTextual()) {
            return "policy " + effect.textValue();
        }
        String text = new String(result.payload(), StandardCharsets.UTF_8).strip();
        return text.length() <= MAX_ANSWER_CHARS ? text : text.substring(0, MAX_ANSWER_CHARS) + "…";
    }

    /** The {@code statusCode} of an API Gateway proxy response, or 0 when the payload is something else. */
    private static int statusCode(JsonNode payload) {
        return payload.path("statusCode").canConvertToInt() ? payload.get("statusCode").intValue() : 0;
    }

    private static JsonNode json(byte[] payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
