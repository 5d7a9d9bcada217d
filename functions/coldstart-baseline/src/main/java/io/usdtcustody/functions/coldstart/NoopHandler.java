package io.usdtcustody.functions.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * The floor of {@code ./platform bench coldstart}: a handler that does nothing, so its cold start is the JVM, the
 * runtime interface client and the event (de)serialisation alone. Same signature as {@link DynamoDbReadHandler},
 * so the difference between the two is exactly one DynamoDB client and one read. Benchmark code, never deployed.
 */
public final class NoopHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        return "ok";
    }
}
