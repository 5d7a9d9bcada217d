package io.usdtcustody.functions.common;

import io.usdtcustody.model.catalogue.ResourceNaming;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one place a function builds its SDK clients, once per execution environment: the URL-connection HTTP
 * client (small and quick to start, no Netty or Apache), the region from {@code AWS_REGION}, and the endpoint
 * from {@code AWS_ENDPOINT_URL_<SERVICE>} or {@code AWS_ENDPOINT_URL} when set, which is how the same code
 * reaches the local cloud. Credentials come from the SDK's default chain in Lambda (it re-reads them, which
 * SnapStart restores depend on), or from the given environment when a test or tool passes one explicitly.
 */
public final class LambdaClients {
    private final Map<String, String> environment;
    private final AwsCredentialsProvider credentials;

    /** Clients for the given environment, credentials included (for tests and command-line tools). */
    public LambdaClients(Map<String, String> environment) {
        this(environment, staticCredentials(environment));
    }

    private LambdaClients(Map<String, String> environment, AwsCredentialsProvider credentials) {
        this.environment = Map.copyOf(environment);
        this.credentials = credentials;
    }

    /** Clients for the function's own environment, with the SDK's default credentials chain. */
    public static LambdaClients fromEnvironment() {
        return new LambdaClients(System.getenv(), DefaultCredentialsProvider.builder().build());
    }

    private static AwsCredentialsProvider staticCredentials(Map<String, String> env) {
        String key = env.get("AWS_ACCESS_KEY_ID");
        String secret = env.get("AWS_SECRET_ACCESS_KEY");
        if (key == null || secret == null) {
            return DefaultCredentialsProvider.builder().build();
        }
        String token = env.get("AWS_SESSION_TOKEN");
        return StaticCredentialsProvider.create(token == null
                ? AwsBasicCredentials.create(key, secret)
                : AwsSessionCredentials.create(key, secret, token));
    }

    public ResourceNaming naming() {
        return new ResourceNaming(environment.getOrDefault(ResourceNaming.ENVIRONMENT_VARIABLE, ""));
    }

    public DynamoDbClient dynamoDb() {
        var builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(credentials)
                .region(region());
        endpoint("DYNAMODB").ifPresent(builder::endpointOverride);
        return builder.build();
    }

    Region region() {
        String region = environment.getOrDefault("AWS_REGION", environment.get("AWS_DEFAULT_REGION"));
        if (region == null || region.isBlank()) {
            throw new IllegalStateException("AWS_REGION is not set");
        }
        return Region.of(region);
    }

    Optional<URI> endpoint(String service) {
        return Optional.ofNullable(environment.get("AWS_ENDPOINT_URL_" + service))
                .or(() -> Optional.ofNullable(environment.get("AWS_ENDPOINT_URL")))
                .filter(url -> !url.isBlank())
                .map(URI::create);
    }
}
