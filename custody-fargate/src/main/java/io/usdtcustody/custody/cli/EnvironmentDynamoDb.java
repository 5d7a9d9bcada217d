package io.usdtcustody.custody.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * A DynamoDB client from an environment map rather than the process environment, so the CLI can be pointed at
 * a local cloud in tests: {@code AWS_ENDPOINT_URL_DYNAMODB} (or {@code AWS_ENDPOINT_URL}), {@code AWS_REGION}
 * (or {@code AWS_DEFAULT_REGION}), and {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}
 * (/{@code AWS_SESSION_TOKEN}); without keys, the SDK's default credential chain (profiles, container roles).
 * These are the variables {@code .run/state/cloud.env} sets.
 */
final class EnvironmentDynamoDb {
    private EnvironmentDynamoDb() {
    }

    static DynamoDbClient create(Map<String, String> env) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(firstOf(env, "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_REGION is not set")))
                .credentialsProvider(credentials(env));
        String endpoint = firstOf(env, "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL", null);
        if (endpoint != null) {
            builder.endpointOverride(endpoint(endpoint));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(Map<String, String> env) {
        String keyId = blankToNull(env.get("AWS_ACCESS_KEY_ID"));
        String secret = blankToNull(env.get("AWS_SECRET_ACCESS_KEY"));
        if (keyId == null || secret == null) {
            return DefaultCredentialsProvider.builder().build();
        }
        String session = blankToNull(env.get("AWS_SESSION_TOKEN"));
        return StaticCredentialsProvider.create(session == null ? AwsBasicCredentials.create(keyId, secret)
                : AwsSessionCredentials.create(keyId, secret, session));
    }

    private static URI endpoint(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(text, "no scheme or host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CommandFailedException("AWS_ENDPOINT_URL_DYNAMODB is not a URL like http://127.0.0.1:8000");
        }
    }

    private static String firstOf(Map<String, String> env, String name, String fallback, String missingMessage) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            value = blankToNull(env.get(fallback));
        }
        if (value == null && missingMessage != null) {
            throw new CommandFailedException(missingMessage + " (source .run/state/cloud.env for the local cloud)");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
