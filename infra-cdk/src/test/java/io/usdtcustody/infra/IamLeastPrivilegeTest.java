package io.usdtcustody.infra;

import static io.usdtcustody.infra.SynthesizedPlatform.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ServiceSpec;
import io.usdtcustody.model.catalogue.StreamSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** No wildcard permissions anywhere, and each role holds only what its catalogue spec names. */
class IamLeastPrivilegeTest {
    private static SynthesizedPlatform synth;

    @BeforeAll
    static void synthesise() {
        synth = SynthesizedPlatform.get();
    }

    @Test
    void iamPolicies_shouldNeverGrantWildcardActions_whenAnyStackIsSynthesised() {
        List<Map<String, Object>> statements = synth.resources("AWS::IAM::Policy").values().stream()
                .flatMap(policy -> Cfn.statements(properties(policy)).stream())
                .toList();

        assertThat(statements).isNotEmpty().allSatisfy(statement -> {
            assertThat(statement).doesNotContainKey("NotAction");
            assertThat(Cfn.actions(statement)).isNotEmpty().noneMatch(Cfn::isWildcard);
        });
    }

    @Test
    void everyAllowStatement_shouldNameItsActions_whenWalkingEveryTemplateGenerically() {
        // Roles' inline policies, key policies, bucket and queue policies: any "Allow" anywhere in any stack.
        List<Map<String, Object>> allows = synth.allTemplates().stream()
                .map(Template::toJSON)
                .flatMap(json -> Cfn.statements(json).stream())
                .filter(statement -> "Allow".equals(statement.get("Effect")))
                .toList();

        assertThat(allows).hasSizeGreaterThan(20).allSatisfy(statement -> {
            assertThat(statement).doesNotContainKey("NotAction");
            assertThat(Cfn.actions(statement)).as("%s", statement).noneMatch(Cfn::isWildcard);
        });
    }

    @Test
    void wildcardDenies_shouldOnlyRefuseInsecureTransport_whenPresent() {
        List<Map<String, Object>> wildcardDenies = synth.allTemplates().stream()
                .map(Template::toJSON)
                .flatMap(json -> Cfn.statements(json).stream())
                .filter(statement -> "Deny".equals(statement.get("Effect")))
                .filter(statement -> Cfn.actions(statement).stream().anyMatch(Cfn::isWildcard))
                .toList();

        assertThat(wildcardDenies).allSatisfy(statement ->
                assertThat(Cfn.at(statement, "Condition", "Bool", "aws:SecureTransport")).isEqualTo("false"));
    }

    @Test
    void functionRoles_shouldWriteTablesAndBuckets_onlyWhenTheirSpecSaysSo() {
        Template functions = synth.template(synth.platform.functions());
        String prefix = SynthesizedPlatform.CONFIG.naming().prefix();

        for (FunctionSpec spec : ResourceCatalogue.FUNCTIONS) {
            List<String> actions = roleActions(functions, roleOfFunction(functions, prefix + spec.name()));

            assertThat(actions.contains("dynamodb:PutItem")).as(spec.name()).isEqualTo(!spec.writesTables().isEmpty());
            assertThat(actions.contains("dynamodb:Query")).as(spec.name())
                    .isEqualTo(!spec.writesTables().isEmpty() || !spec.readsTables().isEmpty());
            assertThat(actions.contains("s3:PutObject")).as(spec.name()).isEqualTo(!spec.writesBuckets().isEmpty());
            assertThat(actions.contains("kinesis:GetRecords")).as(spec.name()).isEqualTo(!spec.readsStreams().isEmpty());
            assertThat(actions.contains("s3:GetObject")).as(spec.name()).isEqualTo(!spec.readsBuckets().isEmpty());
            assertThat(actions.contains("secretsmanager:GetSecretValue")).as(spec.name())
                    .isEqualTo(!spec.secrets().isEmpty());
            assertThat(actions).as(spec.name()).noneMatch(action -> action.startsWith("s3:Delete"))
                    .noneMatch(action -> action.startsWith("s3:List"))
                    .doesNotContain("kinesis:PutRecord", "kinesis:PutRecords");
        }
    }

    @Test
    void serviceTaskRoles_shouldTouchTablesAndStreams_onlyWhenTheirSpecSaysSo() {
        Template services = synth.template(synth.platform.services());

        for (ServiceSpec spec : ResourceCatalogue.SERVICES) {
            List<String> actions = roleActions(services, taskRole(services, spec));

            assertThat(actions.contains("dynamodb:PutItem")).as(spec.name()).isEqualTo(!spec.writesTables().isEmpty());
            assertThat(actions.stream().anyMatch(action -> action.startsWith("dynamodb:"))).as(spec.name())
                    .isEqualTo(!spec.writesTables().isEmpty() || !spec.readsTables().isEmpty());
            assertThat(actions.contains("kinesis:PutRecords")).as(spec.name()).isEqualTo(!spec.writesStreams().isEmpty());
            assertThat(actions.contains("kinesis:GetRecords")).as(spec.name()).isEqualTo(!spec.readsStreams().isEmpty());
            assertThat(actions).as(spec.name()).noneMatch(a -> a.startsWith("s3:"));
        }
    }

    @Test
    void serviceTaskRoles_shouldReadAndWriteExactlyTheStreamsTheirSpecNames() {
        Template services = synth.template(synth.platform.services());

        for (ServiceSpec spec : ResourceCatalogue.SERVICES) {
            String role = taskRole(services, spec);
            for (StreamSpec stream : ResourceCatalogue.STREAMS) {
                assertThat(streamActions(services, role, stream).contains("kinesis:PutRecords"))
                        .as("%s writes %s", spec.name(), stream.name())
                        .isEqualTo(spec.writesStreams().contains(stream.name()));
                assertThat(streamActions(services, role, stream).contains("kinesis:GetRecords"))
                        .as("%s reads %s", spec.name(), stream.name())
                        .isEqualTo(spec.readsStreams().contains(stream.name()));
            }
        }
        assertThat(ResourceCatalogue.CUSTODY.writesStreams()).contains(ResourceCatalogue.TRADING_TRANSFERS.name())
                .doesNotContain(ResourceCatalogue.TRADING_WITHDRAWALS.name());
        assertThat(ResourceCatalogue.MATCHING.writesStreams()).contains(ResourceCatalogue.TRADING_WITHDRAWALS.name())
                .doesNotContain(ResourceCatalogue.TRADING_TRANSFERS.name());
    }

    private static String taskRole(Template services, ServiceSpec spec) {
        Map<String, Object> taskDefinition = services.findResources("AWS::ECS::TaskDefinition").values().stream()
                .filter(resource -> Cfn.list(properties(resource).get("ContainerDefinitions")).stream()
                        .anyMatch(container -> spec.name().equals(Cfn.at(container, "Name"))))
                .findFirst().orElseThrow();
        return Cfn.referencedId(properties(taskDefinition).get("TaskRoleArn"));
    }

    /**
     * The actions the role's statements allow on this stream. The streams live in their own stack, so a
     * statement's resource is an import whose export name carries the stream's logical id ({@code Stream-<name>}
     * without its dashes).
     */
    private static List<String> streamActions(Template template, String roleId, StreamSpec stream) {
        String logicalId = ("Stream" + stream.name()).replace("-", "");
        return template.findResources("AWS::IAM::Policy").values().stream()
                .map(SynthesizedPlatform::properties)
                .filter(props -> Cfn.list(props.get("Roles")).stream().map(Cfn::referencedId).anyMatch(roleId::equals))
                .flatMap(props -> Cfn.statements(props).stream())
                .filter(statement -> Cfn.list(statement.get("Resource")).stream()
                        .anyMatch(resource -> String.valueOf(resource).contains(logicalId)))
                .flatMap(statement -> Cfn.actions(statement).stream())
                .toList();
    }

    private static String roleOfFunction(Template template, String functionName) {
        return template.findResources("AWS::Lambda::Function").values().stream()
                .map(SynthesizedPlatform::properties)
                .filter(props -> functionName.equals(props.get("FunctionName")))
                .map(props -> Cfn.referencedId(props.get("Role")))
                .findFirst().orElseThrow();
    }

    /** Every action of every AWS::IAM::Policy attached to the role with this logical id. */
    private static List<String> roleActions(Template template, String roleId) {
        return template.findResources("AWS::IAM::Policy").values().stream()
                .map(SynthesizedPlatform::properties)
                .filter(props -> Cfn.list(props.get("Roles")).stream().map(Cfn::referencedId).anyMatch(roleId::equals))
                .flatMap(props -> Cfn.statements(props).stream())
                .flatMap(statement -> Cfn.actions(statement).stream())
                .toList();
    }
}
