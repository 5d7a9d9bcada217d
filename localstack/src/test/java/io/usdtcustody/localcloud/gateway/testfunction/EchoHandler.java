package io.usdtcustody.localcloud.gateway.testfunction;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test-only Lambda handler that takes the typed proxy event, as the platform's functions will, and answers
 * with what it saw: the event's fields as the runtime deserialised them, its Lambda context, its environment
 * and its JVM, so the gateway's IT can check each end to end.
 */
public class EchoHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("resource", event.getResource());
        seen.put("path", event.getPath());
        seen.put("httpMethod", event.getHttpMethod());
        seen.put("pathParameters", event.getPathParameters());
        seen.put("queryStringParameters", event.getQueryStringParameters());
        seen.put("authorizer", event.getRequestContext().getAuthorizer());
        seen.put("requestId", event.getRequestContext().getRequestId());
        seen.put("tenantHeader", header(event, "X-Tenant-Id"));
        seen.put("correlationId", header(event, "X-Correlation-Id"));
        seen.put("idempotencyKey", header(event, "Idempotency-Key"));
        seen.put("body", event.getBody());
        seen.put("isBase64Encoded", event.getIsBase64Encoded());
        seen.put("functionName", context.getFunctionName());
        seen.put("memoryLimitInMB", context.getMemoryLimitInMB());
        seen.put("remainingTimeInMillis", context.getRemainingTimeInMillis());
        seen.put("awsRequestId", context.getAwsRequestId());
        Map<String, String> env = new TreeMap<>();
        for (String name : new String[] {"RESOURCE_PREFIX", "AWS_LAMBDA_FUNCTION_NAME", "_HANDLER", "JAVA_TOOL_OPTIONS",
                "AWS_ENDPOINT_URL_DYNAMODB", "AWS_REGION", "AWS_LAMBDA_RUNTIME_API"}) {
            if (System.getenv(name) != null) {
                env.put(name, System.getenv(name));
            }
        }
        seen.put("env", env);
        seen.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        seen.put("pid", ProcessHandle.current().pid());
        try {
            return new APIGatewayProxyResponseEvent().withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json", "X-Handler", "echo"))
                    .withBody(JSON.writeValueAsString(seen));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(APIGatewayProxyRequestEvent event, String name) {
        if (event.getHeaders() == null) {
            return null;
        }
        return event.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
