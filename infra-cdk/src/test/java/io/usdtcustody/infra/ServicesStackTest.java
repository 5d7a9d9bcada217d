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

/** Network, cluster and the Fargate services as their specs describe them. */
class ServicesStackTest {
    private static Template services;

    @BeforeAll
    static void synthesise() {
        SynthesizedPlatform synth = SynthesizedPlatform.get();
        services = synth.template(synth.platform.services());
    }

    @Test
    void network_shouldSpanTwoZonesWithOneNatGatewayAndFlowLogs_whenSynthesised() {
        assertThat(services.findResources("AWS::EC2::NatGateway")).hasSize(1);
        assertThat(services.findResources("AWS::EC2::Subnet").values().stream()
                .map(subnet -> String.valueOf(properties(subnet).get("AvailabilityZone"))).distinct())
                .hasSize(2);
        assertThat(services.findResources("AWS::EC2::FlowLog")).hasSize(1);
    }

    @Test
    void secrets_shouldBeSecretsManagerSecretsInjectedByEcs_readableOnlyByTheirTask_whenSynthesised() {
        long declared = ResourceCatalogue.SERVICES.stream()
                .mapToLong(s -> s.secrets().size() + s.hsmTokens().values().stream().distinct().count()).sum();
        assertThat(services.findResources("AWS::SecretsManager::Secret")).hasSize((int) declared);
        var containers = services.findResources("AWS::ECS::TaskDefinition").values().stream()
                .map(SynthesizedPlatform::properties)
                .flatMap(task -> Cfn.list(task.get("ContainerDefinitions")).stream())
                .map(container -> (Map<?, ?>) container)
                .toList();
        for (var spec : ResourceCatalogue.SERVICES) {
            Map<?, ?> container = containers.stream().filter(c -> spec.name().equals(c.get("Name"))).findFirst().orElseThrow();
            List<Object> secretNames = Cfn.list(container.get("Secrets")).stream().map(s -> (Object) ((Map<?, ?>) s).get("Name")).toList();
            assertThat(secretNames).containsExactlyInAnyOrderElementsOf(List.<Object>copyOf(spec.secrets()));
            List<Object> environment = Cfn.list(container.get("Environment"));
            spec.settings().forEach((name, value) -> assertThat(environment).contains((Object) Map.of("Name", name, "Value", value)));
        }
        // no secret value in the template: the secrets are created without one
        assertThat(services.findResources("AWS::SecretsManager::Secret").values()).map(SynthesizedPlatform::properties)
                .allSatisfy(secret -> assertThat(secret).doesNotContainKey("SecretString"));
    }

    @Test
    void hsmTokens_shouldReachTheTaskByLabel_withEachPinASecretOnlyItsTaskRoleMayRead_whenSynthesised() {
        ServiceSpec custody = ResourceCatalogue.CUSTODY;
        Object container = Cfn.list(taskDefinition(custody).get("ContainerDefinitions")).get(0);
        List<Object> environment = Cfn.list(Cfn.at(container, "Environment"));
        String pinPrefix = SynthesizedPlatform.CONFIG.naming().prefix() + "custody/hsm-pin/";
        custody.hsmTokens().forEach((variable, label) ->
                assertThat(environment).contains((Object) Map.of("Name", variable, "Value", label)));
        assertThat(environment).contains((Object) Map.of("Name", "PKCS11_LIBRARY",
                "Value", "/opt/cloudhsm/lib/libcloudhsm_pkcs11.so"));
        assertThat(environment).contains((Object) Map.of("Name", "HSM_PIN_SECRET_PREFIX", "Value", pinPrefix));
        assertThat(Cfn.list(Cfn.at(container, "Secrets")).stream().map(s -> (Object) ((Map<?, ?>) s).get("Name")))
                .as("PINs are read at login, never injected into the environment").doesNotContain((Object) "HSM_PIN");

        Map<String, String> pinSecrets = new java.util.HashMap<>();
        services.findResources("AWS::SecretsManager::Secret").forEach((id, secret) -> {
            Object name = properties(secret).get("Name");
            if (String.valueOf(name).startsWith(pinPrefix)) {
                pinSecrets.put(id, String.valueOf(name).substring(pinPrefix.length()));
            }
        });
        assertThat(pinSecrets.values()).containsExactlyInAnyOrderElementsOf(custody.hsmTokens().values());
        String taskRole = Cfn.referencedId(taskDefinition(custody).get("TaskRoleArn"));
        for (String secretId : pinSecrets.keySet()) {
            List<Object> readers = services.findResources("AWS::IAM::Policy").values().stream()
                    .map(SynthesizedPlatform::properties)
                    .filter(policy -> Cfn.statements(policy).stream().anyMatch(statement ->
                            Cfn.actions(statement).contains("secretsmanager:GetSecretValue")
                                    && secretId.equals(Cfn.referencedId(statement.get("Resource")))))
                    .flatMap(policy -> Cfn.list(policy.get("Roles")).stream().map(Cfn::referencedId))
                    .map(role -> (Object) role).toList();
            assertThat(readers).as(secretId).containsExactly(taskRole);
        }
        assertThat(ResourceCatalogue.MATCHING.hsmTokens()).as("matching holds no keys").isEmpty();
    }

    @Test
    void cluster_shouldHaveContainerInsights_whenSynthesised() {
        assertThat(services.findResources("AWS::ECS::Cluster").values()).map(SynthesizedPlatform::properties)
                .singleElement()
                .satisfies(cluster -> assertThat(Cfn.list(cluster.get("ClusterSettings")))
                        .contains(Map.of("Name", "containerInsights", "Value", "enabled")));
    }

    @Test
    void repositories_shouldScanOnPushWithImmutableTags_whenSynthesised() {
        assertThat(services.findResources("AWS::ECR::Repository").values()).map(SynthesizedPlatform::properties)
                .hasSize(ResourceCatalogue.SERVICES.size())
                .allSatisfy(repository -> {
                    assertThat(Cfn.at(repository, "ImageScanningConfiguration", "ScanOnPush")).isEqualTo(true);
                    assertThat(repository.get("ImageTagMutability")).isEqualTo("IMMUTABLE");
                });
    }

    @Test
    void taskDefinitions_shouldTakeSizePortAndImageTagFromSpecAndContext_whenSynthesised() {
        for (ServiceSpec spec : ResourceCatalogue.SERVICES) {
            Map<String, Object> task = taskDefinition(spec);
            Object container = Cfn.list(task.get("ContainerDefinitions")).get(0);

            assertThat(task.get("Cpu")).as(spec.name()).isEqualTo(String.valueOf(spec.cpuUnits()));
            assertThat(task.get("Memory")).as(spec.name()).isEqualTo(String.valueOf(spec.memoryMb()));
            assertThat(Cfn.list(Cfn.at(container, "PortMappings"))).as(spec.name()).singleElement()
                    .satisfies(mapping -> assertThat(Cfn.at(mapping, "ContainerPort")).isEqualTo(spec.port()));
            assertThat(String.valueOf(Cfn.at(container, "Image"))).as(spec.name())
                    .endsWith(":" + SynthesizedPlatform.CONFIG.imageTag() + "]]}");
            assertThat(Cfn.at(container, "LogConfiguration", "LogDriver")).as(spec.name()).isEqualTo("awslogs");
        }
    }

    @Test
    void targetGroups_shouldHealthCheckTheSpecPath_whenSynthesised() {
        List<Object> checks = services.findResources("AWS::ElasticLoadBalancingV2::TargetGroup").values().stream()
                .map(SynthesizedPlatform::properties)
                .map(group -> (Object) (group.get("HealthCheckPath") + "@" + group.get("HealthCheckPort")))
                .toList();

        assertThat(checks).containsExactlyInAnyOrderElementsOf(ResourceCatalogue.SERVICES.stream()
                .map(spec -> (Object) (spec.healthPath() + "@" + spec.port())).toList());
    }

    @Test
    void services_shouldRunOneTaskInPrivateSubnetsWithoutOverlap_whenSynthesised() {
        assertThat(services.findResources("AWS::ECS::Service").values()).map(SynthesizedPlatform::properties)
                .hasSize(ResourceCatalogue.SERVICES.size())
                .allSatisfy(service -> {
                    assertThat(service.get("DesiredCount")).isEqualTo(1);
                    assertThat(Cfn.at(service, "DeploymentConfiguration", "MaximumPercent")).isEqualTo(100);
                    assertThat(Cfn.at(service, "NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp"))
                            .isEqualTo("DISABLED");
                });
    }

    @Test
    void logGroups_shouldAllHaveRetention_whenSynthesised() {
        assertThat(services.findResources("AWS::Logs::LogGroup").values())
                .allSatisfy(group -> assertThat(properties(group).get("RetentionInDays")).isNotNull());
    }

    private static Map<String, Object> taskDefinition(ServiceSpec spec) {
        return Cfn.taskDefinition(services, spec.name());
    }
}
