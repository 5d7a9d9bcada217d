package io.usdtcustody.localcloud.gateway.testfunction;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A test-only stream handler that misbehaves on request, by the {@code mode} path parameter: {@code boom} throws
 * with a message that must never reach the caller, {@code sleep} outlives its timeout, {@code malformed} answers
 * with something that is not a proxy response, {@code exit} kills its own JVM, {@code pid} says which JVM it is.
 */
public class RawHandler implements RequestStreamHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = JSON.readTree(input);
        String mode = event.path("pathParameters").path("mode").asText();
        String answer;
        switch (mode) {
            case "boom":
                throw new IllegalStateException("secret-internal-detail 4111-1111-1111-1111");
            case "sleep":
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer = "{\"statusCode\":200}";
                break;
            case "malformed":
                answer = "{\"statusCode\":200,\"unexpected\":true}";
                break;
            case "exit":
                Runtime.getRuntime().halt(3);
                return;
            default:
                answer = "{\"statusCode\":200,\"body\":\"" + ProcessHandle.current().pid() + "\"}";
        }
        output.write(answer.getBytes(StandardCharsets.UTF_8));
    }
}
