package io.usdtcustody.infra;

import static io.usdtcustody.infra.SynthesizedPlatform.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ServiceSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** Matching's journal directory: an encrypted EFS volume that outlives the task, mounted by that task alone. */
class MatchingDataVolumeTest {
    private static final String DATA_DIR = "/data/matching";
    private static Template services;

    @BeforeAll
    static void synthesise() {
        SynthesizedPlatform synth = SynthesizedPlatform.get();
        services = synth.template(synth.platform.services());
    }

    @Test
    void fileSystem_shouldBeEncryptedWithACustomerKeyBackedUpAndRetained_whenSynthesised() {
        Map<String, Object> fileSystem = onlyResource("AWS::EFS::FileSystem");
        Map<String, Object> props = properties(fileSystem);

        assertThat(props.get("Encrypted")).isEqualTo(true);
        assertThat(Cfn.referencedId(props.get("KmsKeyId"))).isIn(services.findResources("AWS::KMS::Key").keySet());
        assertThat(Cfn.at(props, "BackupPolicy", "Status")).isEqualTo("ENABLED");
        assertThat(props.get("ThroughputMode")).isEqualTo("elastic");
        assertThat(fileSystem.get("DeletionPolicy")).as("the journal outlives the stack").isEqualTo("Retain");
    }

    @Test
    void accessPoint_shouldPinTheImageUserToItsOwnDirectory_whenSynthesised() {
        Map<String, Object> accessPoint = properties(onlyResource("AWS::EFS::AccessPoint"));

        assertThat(Cfn.at(accessPoint, "PosixUser", "Uid")).isEqualTo("10001");
        assertThat(Cfn.at(accessPoint, "PosixUser", "Gid")).isEqualTo("10001");
        assertThat(Cfn.at(accessPoint, "RootDirectory", "Path")).isEqualTo("/matching");
        assertThat(Cfn.at(accessPoint, "RootDirectory", "CreationInfo", "Permissions")).isEqualTo("750");
    }

    @Test
    void matchingTask_shouldMountTheVolumeOverTlsWithIamAndBeToldWhereItIs_whenSynthesised() {
        Map<String, Object> task = taskDefinition(ResourceCatalogue.MATCHING);
        Object volume = Cfn.list(task.get("Volumes")).get(0);
        Object container = Cfn.list(task.get("ContainerDefinitions")).get(0);

        assertThat(Cfn.at(volume, "EFSVolumeConfiguration", "TransitEncryption")).isEqualTo("ENABLED");
        assertThat(Cfn.at(volume, "EFSVolumeConfiguration", "AuthorizationConfig", "IAM")).isEqualTo("ENABLED");
        assertThat(Cfn.referencedId(Cfn.at(volume, "EFSVolumeConfiguration", "AuthorizationConfig", "AccessPointId")))
                .isEqualTo(onlyId("AWS::EFS::AccessPoint"));
        assertThat(Cfn.list(Cfn.at(container, "MountPoints"))).singleElement().satisfies(mount -> {
            assertThat(Cfn.at(mount, "ContainerPath")).isEqualTo(DATA_DIR);
            assertThat(Cfn.at(mount, "ReadOnly")).isEqualTo(false);
        });
        assertThat(Cfn.list(Cfn.at(container, "Environment")))
                .contains((Object) Map.of("Name", "MATCHING_DATA_DIR", "Value", DATA_DIR));
        assertThat(taskDefinition(ResourceCatalogue.CUSTODY)).as("custody keeps no state on disk")
                .doesNotContainKey("Volumes");
    }

    @Test
    void nfs_shouldBeReachableOnlyFromTheMatchingServiceSecurityGroup_whenSynthesised() {
        List<Map<String, Object>> nfsIngress = services.findResources("AWS::EC2::SecurityGroupIngress").values()
                .stream().map(SynthesizedPlatform::properties)
                .filter(rule -> Integer.valueOf(2049).equals(rule.get("FromPort"))).toList();
        String matchingGroup = Cfn.referencedId(Cfn.list(Cfn.at(matchingService(), "NetworkConfiguration",
                "AwsvpcConfiguration", "SecurityGroups")).get(0));

        assertThat(nfsIngress).singleElement().satisfies(rule -> {
            assertThat(Cfn.referencedId(rule.get("SourceSecurityGroupId"))).isEqualTo(matchingGroup);
            assertThat(rule).doesNotContainKey("CidrIp");
        });
    }

    @Test
    void fileSystemPolicy_shouldLetOnlyTheTaskRoleMount_andRefusePlainNfs_whenSynthesised() {
        List<Map<String, Object>> statements = Cfn.statements(properties(onlyResource("AWS::EFS::FileSystem"))
                .get("FileSystemPolicy"));
        String taskRole = Cfn.referencedId(taskDefinition(ResourceCatalogue.MATCHING).get("TaskRoleArn"));

        assertThat(statements).filteredOn(s -> "Allow".equals(s.get("Effect"))).singleElement().satisfies(allow -> {
            assertThat(Cfn.referencedId(Cfn.at(allow, "Principal", "AWS"))).isEqualTo(taskRole);
            assertThat(Cfn.actions(allow)).containsExactlyInAnyOrder("elasticfilesystem:ClientMount",
                    "elasticfilesystem:ClientWrite");
            assertThat(Cfn.at(allow, "Condition", "Bool", "elasticfilesystem:AccessedViaMountTarget"))
                    .isEqualTo("true");
        });
        assertThat(statements).filteredOn(s -> "Deny".equals(s.get("Effect"))).singleElement()
                .satisfies(deny -> assertThat(Cfn.at(deny, "Condition", "Bool", "aws:SecureTransport"))
                        .isEqualTo("false"));
    }

    @Test
    void taskRole_shouldMountOnlyThroughTheAccessPoint_whenSynthesised() {
        String taskRole = Cfn.referencedId(taskDefinition(ResourceCatalogue.MATCHING).get("TaskRoleArn"));
        List<Map<String, Object>> efsGrants = services.findResources("AWS::IAM::Policy").values().stream()
                .map(SynthesizedPlatform::properties)
                .filter(policy -> Cfn.list(policy.get("Roles")).stream().map(Cfn::referencedId)
                        .anyMatch(taskRole::equals))
                .flatMap(policy -> Cfn.statements(policy).stream())
                .filter(statement -> Cfn.actions(statement).stream().anyMatch(a -> a.startsWith("elasticfilesystem:")))
                .toList();

        assertThat(efsGrants).singleElement().satisfies(grant -> {
            assertThat(Cfn.actions(grant)).containsExactlyInAnyOrder("elasticfilesystem:ClientMount",
                    "elasticfilesystem:ClientWrite");
            assertThat(Cfn.referencedId(grant.get("Resource"))).isEqualTo(onlyId("AWS::EFS::FileSystem"));
            assertThat(String.valueOf(Cfn.at(grant, "Condition", "StringEquals", "elasticfilesystem:AccessPointArn")))
                    .contains(onlyId("AWS::EFS::AccessPoint"));
        });
    }

    private static Map<String, Object> onlyResource(String type) {
        assertThat(services.findResources(type)).as(type).hasSize(1);
        return services.findResources(type).values().iterator().next();
    }

    private static String onlyId(String type) {
        return services.findResources(type).keySet().iterator().next();
    }

    private static Map<String, Object> matchingService() {
        String task = services.findResources("AWS::ECS::TaskDefinition").entrySet().stream()
                .filter(entry -> Cfn.list(properties(entry.getValue()).get("ContainerDefinitions")).stream()
                        .anyMatch(container -> "matching".equals(Cfn.at(container, "Name"))))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        return services.findResources("AWS::ECS::Service").values().stream().map(SynthesizedPlatform::properties)
                .filter(service -> task.equals(Cfn.referencedId(service.get("TaskDefinition")))).findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> taskDefinition(ServiceSpec spec) {
        return Cfn.taskDefinition(services, spec.name());
    }
}
