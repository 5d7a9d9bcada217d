package io.usdtcustody.infra.services;

import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.catalogue.ServiceSpec;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.patterns.NetworkLoadBalancedFargateService;
import software.amazon.awscdk.services.ecs.patterns.NetworkLoadBalancedTaskImageOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.INetworkLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.Protocol;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One long-running service of the catalogue: its own ECR repository (scanned on push, immutable tags), one
 * Fargate task in private subnets behind an internal network load balancer (the target an API Gateway VPC
 * link needs), health-checked on the spec's path, logging to CloudWatch.
 *
 * <p>One task, and a deployment that stops the old task before starting the new one: custody and matching
 * are single writers (the matching engine owns its order books; custody owns nonces and the deposit
 * watcher), so two copies must never run at once. Their journals and conditional writes make the restart
 * safe. The catalogue has no replica count yet; when a service can scale out, the spec should say so.
 */
public final class CatalogueService extends Construct {
    static final RetentionDays LOG_RETENTION = RetentionDays.THREE_MONTHS;
    static final int KEPT_IMAGES = 50;

    private final ServiceSpec spec;
    private final Repository repository;
    private final NetworkLoadBalancedFargateService service;

    public CatalogueService(Construct scope, String id, ServiceSpec spec, PlatformConfig config, ICluster cluster) {
        super(scope, id);
        this.spec = spec;
        String name = config.physicalName(spec.name());
        this.repository = Repository.Builder.create(this, "Images")
                .repositoryName(name)
                .imageScanOnPush(true)
                .imageTagMutability(TagMutability.IMMUTABLE)
                .lifecycleRules(List.of(LifecycleRule.builder().maxImageCount(KEPT_IMAGES).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/ecs/" + name)
                .retention(LOG_RETENTION)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.service = NetworkLoadBalancedFargateService.Builder.create(this, "Service")
                .cluster(cluster)
                .serviceName(name)
                .cpu(spec.cpuUnits())
                .memoryLimitMiB(spec.memoryMb())
                .runtimePlatform(RuntimePlatform.builder()
                        .operatingSystemFamily(OperatingSystemFamily.LINUX)
                        .cpuArchitecture(CpuArchitecture.X86_64)
                        .build())
                .desiredCount(1)
                .minHealthyPercent(0)
                .maxHealthyPercent(100)
                .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
                .publicLoadBalancer(false)
                .assignPublicIp(false)
                .taskSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .listenerPort(spec.port())
                .healthCheckGracePeriod(Duration.seconds(120))
                .taskImageOptions(NetworkLoadBalancedTaskImageOptions.builder()
                        .containerName(spec.name())
                        .image(ContainerImage.fromEcrRepository(repository, config.imageTag()))
                        .containerPort(spec.port())
                        .environment(environment(spec, config))
                        .secrets(secrets(spec, config))
                        .logDriver(LogDriver.awsLogs(AwsLogDriverProps.builder()
                                .logGroup(logs)
                                .streamPrefix(spec.name())
                                .build()))
                        .build())
                .build();
        service.getTargetGroup().configureHealthCheck(HealthCheck.builder()
                .protocol(Protocol.HTTP)
                .path(spec.healthPath())
                .port(String.valueOf(spec.port()))
                .interval(Duration.seconds(15))
                .healthyThresholdCount(2)
                .unhealthyThresholdCount(3)
                .build());
        // Fargate targets are registered by IP, so the NLB (health checks, VPC link traffic) arrives from
        // inside the VPC; nothing outside it reaches the task.
        service.getService().getConnections().allowFrom(
                Peer.ipv4(cluster.getVpc().getVpcCidrBlock()), Port.tcp(spec.port()), "NLB and API Gateway VPC link");
        grantHsmPins(spec, config);
    }

    /**
     * The spec's production settings plus the resource prefix and, for a service with HSM tokens, the CloudHSM
     * PKCS#11 library baked into its image, the token labels and where their PINs live.
     */
    private static Map<String, String> environment(ServiceSpec spec, PlatformConfig config) {
        Map<String, String> environment = new java.util.TreeMap<>(spec.settings());
        environment.put(ResourceNaming.ENVIRONMENT_VARIABLE, config.naming().prefix());
        if (!spec.hsmTokens().isEmpty()) {
            environment.putAll(spec.hsmTokens());
            environment.put("PKCS11_LIBRARY", CLOUDHSM_PKCS11_LIBRARY);
            environment.put("HSM_PIN_SECRET_PREFIX", hsmPinPrefix(spec, config));
        }
        return environment;
    }

    /** Where AWS CloudHSM's client SDK 5 installs its PKCS#11 library (see the service's Dockerfile). */
    static final String CLOUDHSM_PKCS11_LIBRARY = "/opt/cloudhsm/lib/libcloudhsm_pkcs11.so";

    private static String hsmPinPrefix(ServiceSpec spec, PlatformConfig config) {
        return config.naming().prefix() + spec.name() + "/hsm-pin/";
    }

    /**
     * One Secrets Manager secret per HSM token, holding the crypto user's login, created empty (an operator sets
     * it). The service reads it itself at each login, so — unlike the injected secrets — it never sits in the
     * container's environment; the task role may read exactly these secrets and nothing else.
     */
    private void grantHsmPins(ServiceSpec spec, PlatformConfig config) {
        for (String label : new java.util.TreeSet<>(spec.hsmTokens().values())) {
            var secret = software.amazon.awscdk.services.secretsmanager.Secret.Builder.create(this, "HsmPin-" + label)
                    .secretName(hsmPinPrefix(spec, config) + label)
                    .description("PIN (crypto-user login) of HSM token " + label + " for " + spec.name()
                            + " (" + config.environmentName() + ")")
                    .removalPolicy(RemovalPolicy.RETAIN)
                    .build();
            secret.grantRead(service.getTaskDefinition().getTaskRole());
        }
    }

    /**
     * One Secrets Manager secret per secret the spec names, created empty (an operator sets its value) and
     * injected by ECS at start; only this task's execution role can read it, and its value never appears in
     * the template or the task definition.
     */
    private Map<String, software.amazon.awscdk.services.ecs.Secret> secrets(ServiceSpec spec, PlatformConfig config) {
        Map<String, software.amazon.awscdk.services.ecs.Secret> secrets = new java.util.TreeMap<>();
        for (String variable : spec.secrets()) {
            var secret = software.amazon.awscdk.services.secretsmanager.Secret.Builder.create(this, "Secret-" + variable)
                    .secretName(config.naming().prefix() + spec.name() + "/" + variable.toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .description(variable + " for the " + spec.name() + " service (" + config.environmentName() + ")")
                    .removalPolicy(RemovalPolicy.RETAIN)
                    .build();
            secrets.put(variable, software.amazon.awscdk.services.ecs.Secret.fromSecretsManager(secret));
        }
        return secrets;
    }

    public ServiceSpec spec() {
        return spec;
    }

    public Repository repository() {
        return repository;
    }

    /** The role the service's code runs as: the one that receives the spec's grants. */
    public IRole taskRole() {
        return service.getTaskDefinition().getTaskRole();
    }

    public INetworkLoadBalancer loadBalancer() {
        return service.getLoadBalancer();
    }

    /** The ECS service (its security group is what may reach the service's own resources, such as its volume). */
    public FargateService fargateService() {
        return service.getService();
    }

    public FargateTaskDefinition taskDefinition() {
        return service.getTaskDefinition();
    }

    /** The service's one container. */
    public ContainerDefinition container() {
        return service.getTaskDefinition().getDefaultContainer();
    }
}
