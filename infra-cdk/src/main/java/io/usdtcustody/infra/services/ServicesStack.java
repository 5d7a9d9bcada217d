package io.usdtcustody.infra.services;

import io.usdtcustody.infra.NamedResources;
import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ServiceSpec;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The network and the long-running Fargate services: a two-AZ VPC (one NAT gateway, flow logs), an ECS
 * cluster with Container Insights, and one {@link CatalogueService} per catalogue service with the grants its
 * spec names and nothing more; a service that keeps its state on disk also gets a {@link DurableDataDirectory}.
 */
public final class ServicesStack extends Stack {
    private final Vpc vpc;
    private final NamedResources<CatalogueService> services = new NamedResources<>("service");

    /** The services that keep state on disk: the variable their code reads, and where the volume is mounted. */
    static final Map<String, DurableDataDirectory.Mount> DATA_DIRECTORIES = Map.of(ResourceCatalogue.MATCHING.name(),
            new DurableDataDirectory.Mount("MATCHING_DATA_DIR", "/data/matching"));

    /** The resources services may be granted, looked up by the names in each {@link ServiceSpec}. */
    public record Dependencies(NamedResources<ITable> tables, NamedResources<IStream> streams) {
    }

    public ServicesStack(Construct scope, String id, StackProps props, PlatformConfig config,
                         List<ServiceSpec> specs, Dependencies dependencies) {
        super(scope, id, props);
        this.vpc = Vpc.Builder.create(this, "Vpc")
                .vpcName(config.physicalName("vpc"))
                .maxAzs(2)
                .natGateways(1)
                .restrictDefaultSecurityGroup(true)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
                        SubnetConfiguration.builder().name("private").subnetType(SubnetType.PRIVATE_WITH_EGRESS).cidrMask(20).build()))
                .flowLogs(Map.of("all", FlowLogOptions.builder()
                        .trafficType(FlowLogTrafficType.ALL)
                        .destination(FlowLogDestination.toCloudWatchLogs(LogGroup.Builder.create(this, "FlowLogs")
                                .retention(RetentionDays.THREE_MONTHS)
                                .removalPolicy(RemovalPolicy.RETAIN)
                                .build()))
                        .build()))
                .build();
        Cluster cluster = Cluster.Builder.create(this, "Cluster")
                .clusterName(config.physicalName("services"))
                .vpc(vpc)
                .containerInsightsV2(ContainerInsights.ENABLED)
                .build();
        for (ServiceSpec spec : specs) {
            CatalogueService service = new CatalogueService(this, "Svc-" + spec.name(), spec, config, cluster);
            grant(service, dependencies);
            services.put(spec.name(), service);
            DurableDataDirectory.Mount data = DATA_DIRECTORIES.get(spec.name());
            if (data != null) {
                new DurableDataDirectory(this, "Data-" + spec.name(), service, vpc, config, data);
            }
        }
    }

    public IVpc vpc() {
        return vpc;
    }

    /** The services by logical catalogue name. */
    public NamedResources<CatalogueService> services() {
        return services;
    }

    private static void grant(CatalogueService service, Dependencies dependencies) {
        ServiceSpec spec = service.spec();
        spec.writesTables().forEach(name -> dependencies.tables().get(name).grantReadWriteData(service.taskRole()));
        spec.readsTables().forEach(name -> dependencies.tables().get(name).grantReadData(service.taskRole()));
        spec.writesStreams().forEach(name -> dependencies.streams().get(name).grantWrite(service.taskRole()));
        spec.readsStreams().forEach(name -> dependencies.streams().get(name).grantRead(service.taskRole()));
    }
}
