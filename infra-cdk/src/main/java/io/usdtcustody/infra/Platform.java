package io.usdtcustody.infra;

import io.usdtcustody.infra.api.ApiStack;
import io.usdtcustody.infra.data.DataStack;
import io.usdtcustody.infra.functions.FunctionCode;
import io.usdtcustody.infra.functions.FunctionsStack;
import io.usdtcustody.infra.services.ServicesStack;
import io.usdtcustody.infra.storage.StorageStack;
import io.usdtcustody.infra.streams.StreamsStack;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The whole platform as six stacks, built from the resource catalogue. Stacks hand constructs to each other
 * (tables to services and functions, functions and load balancers to the API), so CDK derives the
 * cross-stack references and the deployment order.
 */
public record Platform(DataStack data, StreamsStack streams, StorageStack storage, ServicesStack services,
                       FunctionsStack functions, ApiStack api) {

    /**
     * App context both the CLI app and the tests start from, so they synthesise the same templates. Strong
     * cross-stack references: CloudFormation refuses to delete a table or stream another stack still uses.
     */
    public static final Map<String, Object> APP_CONTEXT = Map.of("@aws-cdk/core:defaultCrossStackReferences", "strong");

    public static Platform create(Construct scope, PlatformConfig config, StackProps base, FunctionCode code) {
        DataStack data = new DataStack(scope, "Data", props(base, config, "data", "DynamoDB tables and their key"),
                config, ResourceCatalogue.TABLES);
        StreamsStack streams = new StreamsStack(scope, "Streams", props(base, config, "streams", "Kinesis streams"),
                config, ResourceCatalogue.STREAMS);
        StorageStack storage = new StorageStack(scope, "Storage", props(base, config, "storage", "S3 buckets"),
                config, ResourceCatalogue.BUCKETS);
        ServicesStack services = new ServicesStack(scope, "Services",
                props(base, config, "services", "VPC, ECS cluster and Fargate services"), config,
                ResourceCatalogue.SERVICES, new ServicesStack.Dependencies(data.tables(), streams.streams()));
        FunctionsStack functions = new FunctionsStack(scope, "Functions",
                props(base, config, "functions", "Lambda functions and schedules"), config,
                ResourceCatalogue.FUNCTIONS, code,
                new FunctionsStack.Dependencies(data.tables(), streams.streams(), storage.buckets(), services.vpc(),
                        services.services()));
        ApiStack api = new ApiStack(scope, "Api", props(base, config, "api", "API Gateway, usage plans and WAF"),
                config, functions.functions(), services.services());
        Platform platform = new Platform(data, streams, storage, services, functions, api);
        platform.stacks().forEach(stack -> PlatformTags.apply(stack, config));
        return platform;
    }

    public List<Stack> stacks() {
        return List.of(data, streams, storage, services, functions, api);
    }

    private static StackProps props(StackProps base, PlatformConfig config, String name, String description) {
        return StackProps.builder()
                .env(base.getEnv())
                .stackName(config.physicalName(name))
                .description("USDT custody platform: " + description + " (" + config.environmentName() + ")")
                .terminationProtection(base.getTerminationProtection())
                .build();
    }
}
