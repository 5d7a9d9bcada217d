package io.usdtcustody.localcloud;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds SDK clients for the local cloud: endpoint overrides per service, fixed local credentials and region,
 * the URL-connection HTTP client (the one the Lambdas use too), path-style S3.
 */
public record AwsClients(Map<String, String> endpoints) {
    public static final Region REGION = Region.US_EAST_1;
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    public AwsClients {
        endpoints = Map.copyOf(endpoints);
    }

    public static AwsClients forEndpoints(Map<String, String> endpoints) {
        return new AwsClients(endpoints);
    }

    /** The environment any process needs to talk to the local cloud with the SDK's default configuration. */
    public static Map<String, String> baseEnvironment() {
        return Map.of("AWS_REGION", REGION.id(),
                "AWS_ACCESS_KEY_ID", ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    }

    public DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint("dynamodb"))
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public KinesisClient kinesis() {
        return KinesisClient.builder()
                .endpointOverride(endpoint("kinesis"))
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public S3Client s3() {
        return S3Client.builder()
                .endpointOverride(endpoint("s3"))
                .region(REGION)
                .credentialsProvider(credentials())
                .forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    private URI endpoint(String service) {
        String url = Objects.requireNonNull(endpoints.get(service), () -> service + " is not running in this local cloud");
        return URI.create(url);
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }
}
