package io.usdtcustody.infra.functions;

import io.usdtcustody.infra.NamedResources;
import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.infra.services.CatalogueService;
import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.KinesisEventSource;
import software.amazon.awscdk.services.lambda.eventsources.KinesisEventSourceProps;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The stateless Lambda functions of the catalogue, each granted exactly the tables, streams, buckets and secrets
 * its spec names ({@link FunctionSecrets}); a function that calls services runs in their VPC and gets their URLs
 * ({@link ServiceCallers}); stream readers get an event source mapping on the {@code live} alias; the reporting
 * function runs nightly at 02:00 UTC, and the KYC jobs daily and on each sanctions list upload ({@link KycJobs}).
 */
public final class FunctionsStack extends Stack {
    /** Nightly export, after the day's books close at midnight UTC. */
    public static final CronOptions NIGHTLY_EXPORT = CronOptions.builder().minute("0").hour("2").build();
    static final int STREAM_BATCH_SIZE = 100;
    static final int STREAM_RETRY_ATTEMPTS = 10;

    private final NamedResources<CatalogueFunction> functions = new NamedResources<>("function");

    /**
     * The resources functions may be granted, looked up by the names in each {@link FunctionSpec}, and the
     * services' VPC and services, for the functions that call them.
     */
    public record Dependencies(NamedResources<ITable> tables, NamedResources<IStream> streams,
                               NamedResources<IBucket> buckets, IVpc vpc, NamedResources<CatalogueService> services) {
    }


    public FunctionsStack(Construct scope, String id, StackProps props, PlatformConfig config,
                          List<FunctionSpec> specs, FunctionCode code, Dependencies dependencies) {
        super(scope, id, props);
        FunctionSecrets secrets = new FunctionSecrets(this, config);
        ServiceCallers callers = new ServiceCallers(dependencies.vpc(), dependencies.services());
        for (FunctionSpec spec : specs) {
            CatalogueFunction function = new CatalogueFunction(this, "Fn-" + spec.name(), spec, config, code,
                    callers.network(this, spec));
            Map<String, String> environment = new TreeMap<>(callers.environment(spec));
            environment.putAll(secrets.grant(function));
            if (spec.secrets().contains(KycVendorSettings.API_TOKEN_SECRET)) {
                environment.putAll(KycVendorSettings.fromContext(getNode()::tryGetContext).environment());
            }
            environment.forEach(function.function()::addEnvironment);
            grant(function, dependencies);
            functions.put(spec.name(), function);
        }
        scheduleNightlyExport(functions.get(ResourceCatalogue.REPORTING.name()));
        KycJobs.schedule(this, functions.get(ResourceCatalogue.KYC_SCHEDULED.name()),
                dependencies.buckets().get(ResourceCatalogue.SANCTIONS_LISTS.name()));
    }

    /** The functions by logical catalogue name. */
    public NamedResources<CatalogueFunction> functions() {
        return functions;
    }

    private void grant(CatalogueFunction function, Dependencies dependencies) {
        FunctionSpec spec = function.spec();
        spec.readsTables().forEach(name -> dependencies.tables().get(name).grantReadData(function.function()));
        spec.writesTables().forEach(name -> dependencies.tables().get(name).grantReadWriteData(function.function()));
        // Put, not write: a function adds exports and receipts, it never deletes one.
        spec.writesBuckets().forEach(name -> dependencies.buckets().get(name).grantPut(function.function()));
        // Objects only, no listing: a reader is told which key to read (by the event that starts it).
        spec.readsBuckets().forEach(name -> {
            IBucket bucket = dependencies.buckets().get(name);
            function.function().addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("s3:GetObject"))
                    .resources(List.of(bucket.arnForObjects("*")))
                    .build());
            if (bucket.getEncryptionKey() != null) {
                bucket.getEncryptionKey().grantDecrypt(function.function());
            }
        });
        if (!spec.readsStreams().isEmpty()) {
            Queue failures = FailureQueue.create(function, "StreamFailures");
            for (String name : spec.readsStreams()) {
                function.live().addEventSource(new KinesisEventSource(dependencies.streams().get(name),
                        KinesisEventSourceProps.builder()
                                .startingPosition(StartingPosition.TRIM_HORIZON)
                                .batchSize(STREAM_BATCH_SIZE)
                                .bisectBatchOnError(true)
                                .reportBatchItemFailures(true)
                                .retryAttempts(STREAM_RETRY_ATTEMPTS)
                                .onFailure(new SqsDlq(failures))
                                .build()));
            }
        }
    }

    private void scheduleNightlyExport(CatalogueFunction reporting) {
        Rule.Builder.create(this, "NightlyExport")
                .description("Nightly finance and compliance export at 02:00 UTC")
                .schedule(Schedule.cron(NIGHTLY_EXPORT))
                .targets(List.of(new LambdaFunction(reporting.live(), LambdaFunctionProps.builder()
                        .retryAttempts(3)
                        .maxEventAge(Duration.hours(2))
                        .build())))
                .build();
    }
}
