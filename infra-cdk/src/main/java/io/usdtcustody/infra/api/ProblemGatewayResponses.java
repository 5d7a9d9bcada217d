package io.usdtcustody.infra.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.ProblemMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.services.apigateway.GatewayResponseOptions;
import software.amazon.awscdk.services.apigateway.ResponseType;
import software.amazon.awscdk.services.apigateway.RestApi;

/**
 * API Gateway's own refusals as the platform's RFC 9457 problem+json, with the codes the local gateway answers:
 * the authorizer's 401 and 403, an invalid key, a missing {@code Idempotency-Key}, usage plan limits, an unknown
 * route (API Gateway's "Missing Authentication Token" 403, answered as the 404 it is) and authorizer faults. The
 * request id is the problem's {@code instance}; nothing from the request is echoed.
 */
public final class ProblemGatewayResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One refusal: the code it is answered with and a fixed detail. */
    record Refusal(ErrorCode code, String detail) {
    }

    /** What each of API Gateway's response types becomes. */
    public static Map<ResponseType, Refusal> refusals() {
        Map<ResponseType, Refusal> refusals = new LinkedHashMap<>();
        refusals.put(ResponseType.UNAUTHORIZED, new Refusal(ErrorCode.UNAUTHENTICATED, "The credentials are missing or not valid."));
        refusals.put(ResponseType.ACCESS_DENIED, new Refusal(ErrorCode.FORBIDDEN, "The credentials do not allow this call."));
        refusals.put(ResponseType.INVALID_API_KEY, new Refusal(ErrorCode.FORBIDDEN, "The API key is not valid."));
        refusals.put(ResponseType.BAD_REQUEST_PARAMETERS, new Refusal(ErrorCode.VALIDATION_FAILED,
                "A required header or path parameter is missing (writes need an Idempotency-Key)."));
        refusals.put(ResponseType.MISSING_AUTHENTICATION_TOKEN, new Refusal(ErrorCode.NOT_FOUND, "There is no such route."));
        refusals.put(ResponseType.QUOTA_EXCEEDED, new Refusal(ErrorCode.RATE_LIMITED, "The API key's daily quota is used up."));
        refusals.put(ResponseType.THROTTLED, new Refusal(ErrorCode.RATE_LIMITED, "Too many requests; slow down."));
        refusals.put(ResponseType.AUTHORIZER_FAILURE, new Refusal(ErrorCode.INTERNAL, "The request could not be authorised."));
        refusals.put(ResponseType.AUTHORIZER_CONFIGURATION_ERROR, new Refusal(ErrorCode.INTERNAL,
                "The request could not be authorised."));
        return refusals;
    }

    private ProblemGatewayResponses() {
    }

    /** Adds the responses to one API; {@code bearerChallenge} adds {@code WWW-Authenticate: Bearer} to its 401. */
    public static void apply(RestApi api, boolean bearerChallenge) {
        refusals().forEach((type, refusal) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "'" + ProblemMapper.MEDIA_TYPE + "'");
            if (bearerChallenge && type == ResponseType.UNAUTHORIZED) {
                headers.put("WWW-Authenticate", "'Bearer'");
            }
            api.addGatewayResponse("Problem-" + type.getResponseType(), GatewayResponseOptions.builder()
                    .type(type)
                    .statusCode(String.valueOf(refusal.code().httpStatus()))
                    .responseHeaders(headers)
                    .templates(Map.of("application/json", body(refusal)))
                    .build());
        });
    }

    /** The problem document; {@code $context.requestId} is filled in by API Gateway. */
    static String body(Refusal refusal) {
        ErrorCode code = refusal.code();
        return JSON.createObjectNode()
                .put("type", code.type().toString())
                .put("title", code.title())
                .put("status", code.httpStatus())
                .put("detail", refusal.detail())
                .put("instance", "urn:uuid:$context.requestId")
                .put("code", code.code())
                .toString();
    }
}
