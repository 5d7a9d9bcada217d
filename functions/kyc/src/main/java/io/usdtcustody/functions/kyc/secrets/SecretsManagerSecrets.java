package io.usdtcustody.functions.kyc.secrets;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Secret settings from AWS Secrets Manager, read once at init: each setting name maps to its secret's ARN (the
 * CDK stack creates the secret, grants this function's role read access to exactly that ARN and sets
 * {@code <NAME>_SECRET_ARN}), and the secret's string is the value. Errors name the setting and the failure's type,
 * never the value or the SDK's message.
 *
 * <p>Not exercised against AWS here (no Secrets Manager emulator runs on this machine): unit-tested over the SDK
 * client interface.
 */
public final class SecretsManagerSecrets implements SecretSource {
    private final SecretsManagerClient client;
    private final Map<String, String> arnByName;

    public SecretsManagerSecrets(SecretsManagerClient client, Map<String, String> arnByName) {
        this.client = Objects.requireNonNull(client, "client");
        this.arnByName = Map.copyOf(arnByName);
    }

    @Override
    public String secret(String name) {
        String arn = arnByName.get(name);
        if (arn == null) {
            throw new IllegalStateException(name + " has no secret");
        }
        String value;
        try {
            value = client.getSecretValue(r -> r.secretId(arn)).secretString();
        } catch (ResourceNotFoundException e) {
            throw new IllegalStateException("the secret of " + name + " does not exist");
        } catch (SdkException e) {
            throw new IllegalStateException("the secret of " + name + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the secret of " + name + " is empty");
        }
        return value.strip();
    }

    /**
     * A Secrets Manager client like {@code dynamoDb}: same region and credentials, on the URL-connection HTTP client
     * (the function carries no other). Secrets Manager is not redirected to the local cloud: locally, secrets
     * are plain variables ({@link EnvironmentSecrets}).
     */
    public static SecretsManagerClient clientLike(DynamoDbClient dynamoDb) {
        var configuration = dynamoDb.serviceClientConfiguration();
        return SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(configuration.region())
                .credentialsProvider(configuration.credentialsProvider())
                .build();
    }
}
