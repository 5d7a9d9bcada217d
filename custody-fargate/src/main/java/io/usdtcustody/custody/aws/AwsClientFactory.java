package io.usdtcustody.custody.aws;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.usdtcustody.model.catalogue.ResourceNaming;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * The one place custody builds SDK clients. Region, credentials and endpoints come from the SDK's default
 * chain, so the same code talks to AWS on Fargate and to the local cloud through {@code AWS_ENDPOINT_URL_*}.
 */
@Factory
public class AwsClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.create();
    }

    @Singleton
    @Bean(preDestroy = "close")
    KinesisClient kinesisClient() {
        return KinesisClient.create();
    }

    @Singleton
    ResourceNaming resourceNaming() {
        return new ResourceNaming(System.getenv().getOrDefault(ResourceNaming.ENVIRONMENT_VARIABLE, ""));
    }
}
