package io.usdtcustody.infra.services;

import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.infra.security.CustomerManagedKey;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.AuthorizationConfig;
import software.amazon.awscdk.services.ecs.EfsVolumeConfiguration;
import software.amazon.awscdk.services.ecs.MountPoint;
import software.amazon.awscdk.services.ecs.Volume;
import software.amazon.awscdk.services.efs.AccessPoint;
import software.amazon.awscdk.services.efs.AccessPointOptions;
import software.amazon.awscdk.services.efs.Acl;
import software.amazon.awscdk.services.efs.FileSystem;
import software.amazon.awscdk.services.efs.PerformanceMode;
import software.amazon.awscdk.services.efs.PosixUser;
import software.amazon.awscdk.services.efs.ThroughputMode;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * A directory that outlives the task, for a service that keeps its own state on disk (matching's write-ahead
 * journal, snapshots and idempotency keys): an EFS file system encrypted at rest with a customer-managed key and
 * kept when the stack goes, mounted through one access point as the image's non-root user, over TLS with IAM
 * authorisation, reachable on NFS only from the service's own security group and mountable only by its task
 * role through that access point.
 *
 * <p>Why EFS and not an ECS-managed EBS volume: an EBS volume that ECS attaches to a service's task is deleted
 * when the task stops (it can only be seeded from a snapshot), so every deployment or task replacement would
 * start from an empty journal; EFS keeps the files across tasks and Availability Zones, and an {@code fsync}
 * returns only once the write is stored redundantly across zones, which is what the journal's acknowledgement
 * rule needs. One writer is kept by the service (one task, old task stopped before the new one starts) and by
 * the journal's own lock file (EFS honours POSIX locks). The price is latency per fsync (milliseconds, not
 * microseconds), which the journal's group commit amortises.
 */
public final class DurableDataDirectory extends Construct {
    /** The uid and gid the service images run as (their Dockerfiles' {@code USER}). */
    static final String IMAGE_USER = "10001";

    /** Where the directory is mounted in the container and the variable that tells the service. */
    public record Mount(String environmentVariable, String containerPath) {
    }

    private final FileSystem fileSystem;
    private final AccessPoint accessPoint;

    public DurableDataDirectory(Construct scope, String id, CatalogueService service, IVpc vpc,
            PlatformConfig config, Mount mount) {
        super(scope, id);
        String name = config.physicalName(service.spec().name() + "-data");
        SecurityGroup nfs = SecurityGroup.Builder.create(this, "Nfs")
                .vpc(vpc)
                .description("NFS to " + name + ", from its service's tasks only")
                .allowAllOutbound(false)
                .build();
        this.fileSystem = FileSystem.Builder.create(this, "FileSystem")
                .fileSystemName(name)
                .vpc(vpc)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .securityGroup(nfs)
                .encrypted(true)
                .kmsKey(CustomerManagedKey.create(this, "Key", name, "encrypts " + name + " at rest"))
                .performanceMode(PerformanceMode.GENERAL_PURPOSE)
                .throughputMode(ThroughputMode.ELASTIC)
                .enableAutomaticBackups(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.accessPoint = fileSystem.addAccessPoint("AccessPoint", AccessPointOptions.builder()
                .path("/" + service.spec().name())
                .posixUser(PosixUser.builder().uid(IMAGE_USER).gid(IMAGE_USER).build())
                .createAcl(Acl.builder().ownerUid(IMAGE_USER).ownerGid(IMAGE_USER).permissions("750").build())
                .build());
        fileSystem.getConnections().allowDefaultPortFrom(service.fargateService(), "NFS from " + service.spec().name());
        restrictToTask(service);
        mountInto(service, mount);
    }

    /**
     * The task role may mount and write through the access point (its own policy names the access point; the file
     * system's policy cannot, as the access point depends on the file system) and through a mount target only;
     * nothing may reach the file system without TLS.
     */
    private void restrictToTask(CatalogueService service) {
        List<String> actions = List.of("elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite");
        service.taskRole().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW).actions(actions).resources(List.of(fileSystem.getFileSystemArn()))
                .conditions(Map.of("StringEquals",
                        Map.of("elasticfilesystem:AccessPointArn", accessPoint.getAccessPointArn())))
                .build());
        fileSystem.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("OnlyTheTaskMounts")
                .effect(Effect.ALLOW).principals(List.of(service.taskRole())).actions(actions)
                .conditions(Map.of("Bool", Map.of("elasticfilesystem:AccessedViaMountTarget", "true"))).build());
        fileSystem.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("DenyInsecureTransport")
                .effect(Effect.DENY).principals(List.of(new AnyPrincipal())).actions(List.of("*"))
                .conditions(Map.of("Bool", Map.of("aws:SecureTransport", "false"))).build());
    }

    private void mountInto(CatalogueService service, Mount mount) {
        String volume = "data";
        service.taskDefinition().addVolume(Volume.builder()
                .name(volume)
                .efsVolumeConfiguration(EfsVolumeConfiguration.builder()
                        .fileSystemId(fileSystem.getFileSystemId())
                        .transitEncryption("ENABLED")
                        .authorizationConfig(AuthorizationConfig.builder()
                                .accessPointId(accessPoint.getAccessPointId())
                                .iam("ENABLED")
                                .build())
                        .build())
                .build());
        service.container().addMountPoints(MountPoint.builder()
                .sourceVolume(volume).containerPath(mount.containerPath()).readOnly(false).build());
        service.container().addEnvironment(mount.environmentVariable(), mount.containerPath());
        service.fargateService().getNode().addDependency(fileSystem.getMountTargetsAvailable());
    }

    public FileSystem fileSystem() {
        return fileSystem;
    }

    public AccessPoint accessPoint() {
        return accessPoint;
    }
}
