package io.usdtcustody.infra;

import static io.usdtcustody.infra.SynthesizedPlatform.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ServiceSpec;
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
            Map<String, Object> taskDefinition = services.findResources("AWS::ECS::TaskDefinition").values().stream()
                    .filter(resource -> Cfn.list(properties(resource).get("ContainerDefinitions")).stream()
                            .anyMatch(container -> spec.name().equals(Cfn.at(container, "Name"))))
                    .findFirst().orElseThrow();
            List<String> actions = roleActions(services, Cfn.referencedId(properties(taskDefinition).get("TaskRoleArn")));

            assertThat(actions.contains("dynamodb:PutItem")).as(spec.name()).isEqualTo(!spec.writesTables().isEmpty());
            assertThat(actions.stream().anyMatch(action -> action.startsWith("dynamodb:"))).as(spec.name())
                    .isEqualTo(!spec.writesTables().isEmpty() || !spec.readsTables().isEmpty());
            assertThat(actions.contains("kinesis:PutRecords")).as(spec.name()).isEqualTo(!spec.writesStreams().isEmpty());
            assertThat(actions).as(spec.name()).doesNotContain("kinesis:GetRecords").noneMatch(a -> a.startsWith("s3:"));
        }
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
