package io.usdtcustody.infra.functions;

import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One Lambda function of the catalogue, shaped for a fast Java cold start: Java 17 on Graviton, SnapStart on
 * published versions, tiered compilation stopped at C1, and an alias {@value #LIVE_ALIAS} that every caller
 * (API, event sources, schedules) invokes, because SnapStart only applies to published versions. A function that
 * calls a service runs in the services' VPC, in its private subnets, behind the security group it is given.
 */
public final class CatalogueFunction extends Construct {
    public static final String LIVE_ALIAS = "live";
    /** C1 only: a short-lived handler never runs long enough to profit from C2, and start-up is what we pay for. */
    public static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";
    static final RetentionDays LOG_RETENTION = RetentionDays.THREE_MONTHS;

    private final FunctionSpec spec;
    private final Function function;
    private final Alias live;

    /** Where a function that calls services runs: the services' VPC, with its own security group. */
    public record Network(IVpc vpc, ISecurityGroup securityGroup) {
    }

    public CatalogueFunction(Construct scope, String id, FunctionSpec spec, PlatformConfig config, FunctionCode code,
                             Optional<Network> network) {
        super(scope, id);
        this.spec = spec;
        String functionName = config.naming().function(spec);
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/aws/lambda/" + functionName)
                .retention(LOG_RETENTION)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Function.Builder builder = Function.Builder.create(this, "Function")
                .functionName(functionName)
                .description(spec.module())
                .runtime(Runtime.JAVA_17)
                .architecture(Architecture.ARM_64)
                .handler(spec.handler())
                .code(code.codeFor(spec))
                .memorySize(spec.memoryMb())
                .timeout(Duration.seconds(spec.timeoutSeconds()))
                .tracing(Tracing.ACTIVE)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .environment(Map.of(
                        ResourceNaming.ENVIRONMENT_VARIABLE, config.naming().prefix(),
                        "JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS))
                .logGroup(logs);
        network.ifPresent(placement -> builder.vpc(placement.vpc())
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .securityGroups(List.of(placement.securityGroup()))
                .allowPublicSubnet(false));
        this.function = builder.build();
        this.live = Alias.Builder.create(this, "Live")
                .aliasName(LIVE_ALIAS)
                .version(function.getCurrentVersion())
                .build();
        // CDK warns while the function has no version yet; the alias above publishes one on every code change.
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "published by the live alias on currentVersion");
    }

    public FunctionSpec spec() {
        return spec;
    }

    /** The function itself, for grants (its role is the alias's role). */
    public Function function() {
        return function;
    }

    /** What callers invoke. */
    public Alias live() {
        return live;
    }
}
