package io.usdtcustody.functions.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * The baseline of {@code ./platform bench coldstart}: the least a DynamoDB-backed function does. At init it builds
 * one DynamoDB client the cheap way (URL-connection HTTP client, region and credentials given explicitly rather
 * than found by the SDK's provider chains, endpoint from {@code AWS_ENDPOINT_URL_DYNAMODB} when set); each
 * invocation reads one item, named by the event ({@code table}, {@code pk}, {@code sk}), and says whether it was
 * there. Every function's cold start is reported as a ratio to this one. Benchmark code, never deployed.
 */
public final class DynamoDbReadHandler implements RequestHandler<Map<String, String>, String> {
    private final DynamoDbClient dynamoDb;

    public DynamoDbReadHandler() {
        this(System.getenv());
    }

    DynamoDbReadHandler(Map<String, String> environment) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(required(environment, "AWS_REGION")))
                .credentialsProvider(StaticCredentialsProvider.create(credentials(environment)));
        String endpoint = environment.get("AWS_ENDPOINT_URL_DYNAMODB");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.dynamoDb = builder.build();
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        boolean found = dynamoDb.getItem(GetItemRequest.builder()
                .tableName(event.get("table"))
                .key(Map.of("pk", AttributeValue.fromS(event.get("pk")), "sk", AttributeValue.fromS(event.get("sk"))))
                .build()).hasItem();
        return found ? "found" : "missing";
    }

    private static AwsCredentials credentials(Map<String, String> environment) {
        String key = required(environment, "AWS_ACCESS_KEY_ID");
        String secret = required(environment, "AWS_SECRET_ACCESS_KEY");
        String token = environment.get("AWS_SESSION_TOKEN");
        return token == null || token.isBlank()
                ? AwsBasicCredentials.create(key, secret)
                : AwsSessionCredentials.create(key, secret, token);
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }
}
