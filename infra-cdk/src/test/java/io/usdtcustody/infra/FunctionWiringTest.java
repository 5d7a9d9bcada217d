package io.usdtcustody.infra;

import static io.usdtcustody.infra.SynthesizedPlatform.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.infra.functions.CatalogueFunction;
import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * What a deploy needs beyond the functions' shape: onboarding in the services' VPC reaching custody only through
 * its port, custody's URL from the services stack, the KYC vendor's secrets in Secrets Manager readable by the
 * KYC functions alone, and the KYC jobs' schedule, list-upload trigger and bucket.
 */
class FunctionWiringTest {
    private static final String CUSTODY_URL = "CUSTODY_SERVICE_URL";
    private static final String API_TOKEN = "KYC_VENDOR_API_TOKEN";
    private static final String WEBHOOK_SECRET = "KYC_VENDOR_WEBHOOK_SECRET";

    private static SynthesizedPlatform synth;
    private static Template functions;
    private static Template services;

    @BeforeAll
    static void synthesise() {
        synth = SynthesizedPlatform.get();
        functions = synth.template(synth.platform.functions());
        services = synth.template(synth.platform.services());
    }

    @Test
    void onboarding_shouldRunInTheServicesPrivateSubnetsBehindItsOwnGroup_whenItCallsCustody() {
        Map<String, Object> vpcConfig = Cfn.map(function(ResourceCatalogue.ONBOARDING), "VpcConfig");

        assertThat(Cfn.list(vpcConfig.get("SubnetIds"))).hasSize(2)
                .allSatisfy(subnet -> assertThat(importedOutputValue(subnet)).asString().contains("privateSubnet"));
        assertThat(Cfn.list(vpcConfig.get("SecurityGroupIds"))).singleElement()
                .satisfies(group -> assertThat(Cfn.referencedId(group)).isEqualTo(onboardingGroupId()));
    }

    @Test
    void callerSecurityGroup_shouldLetOutOnlyHttpsAndCustodysPortInsideTheVpc_andLetNothingIn() {
        Map<String, Object> group = properties(functions.findResources("AWS::EC2::SecurityGroup").get(onboardingGroupId()));

        assertThat(group).doesNotContainKey("SecurityGroupIngress");
        assertThat(Cfn.list(group.get("SecurityGroupEgress"))).hasSize(2)
                .anySatisfy(rule -> {
                    assertThat(Cfn.at(rule, "FromPort")).isEqualTo(443);
                    assertThat(Cfn.at(rule, "ToPort")).isEqualTo(443);
                    assertThat(Cfn.at(rule, "CidrIp")).isEqualTo("0.0.0.0/0");
                })
                .anySatisfy(rule -> {
                    assertThat(Cfn.at(rule, "FromPort")).isEqualTo(ResourceCatalogue.CUSTODY.port());
                    assertThat(Cfn.at(rule, "ToPort")).isEqualTo(ResourceCatalogue.CUSTODY.port());
                    assertThat(Cfn.at(rule, "IpProtocol")).isEqualTo("tcp");
                    assertThat(importedOutputValue(Cfn.at(rule, "CidrIp")))
                            .isEqualTo(Map.of("Fn::GetAtt", List.of(services.findResources("AWS::EC2::VPC").keySet()
                                    .iterator().next(), "CidrBlock")));
                });
        assertThat(functions.findResources("AWS::EC2::SecurityGroupIngress")).isEmpty();
        assertThat(functions.findResources("AWS::EC2::SecurityGroupEgress")).isEmpty();
    }

    @Test
    void onboarding_shouldTakeCustodysUrlFromItsLoadBalancerInTheServicesStack_whenSynthesised() {
        Object url = Cfn.at(function(ResourceCatalogue.ONBOARDING), "Environment", "Variables", CUSTODY_URL);
        List<Object> parts = Cfn.list(((List<?>) Cfn.at(url, "Fn::Join")).get(1));
        String custodyBalancer = synth.platform.services().getLogicalId((CfnElement) synth.platform.services()
                .services().get(ResourceCatalogue.CUSTODY.name()).loadBalancer().getNode().getDefaultChild());

        assertThat(parts).hasSize(3);
        assertThat(parts.get(0)).isEqualTo("http://");
        assertThat(importedOutputValue(parts.get(1))).isEqualTo(Map.of("Fn::GetAtt", List.of(custodyBalancer, "DNSName")));
        assertThat(parts.get(2)).isEqualTo(":" + ResourceCatalogue.CUSTODY.port());
    }

    @Test
    void functionsThatCallNoService_shouldStayOutOfTheVpcAndHaveNoServiceUrl_whenSynthesised() {
        for (FunctionSpec spec : ResourceCatalogue.FUNCTIONS) {
            if (spec.callsServices().isEmpty()) {
                assertThat(function(spec)).as(spec.name()).doesNotContainKey("VpcConfig");
                assertThat(variables(spec)).as(spec.name()).doesNotContainKey(CUSTODY_URL);
            }
        }
        assertThat(functions.findResources("AWS::EC2::SecurityGroup")).hasSize(
                (int) ResourceCatalogue.FUNCTIONS.stream().filter(spec -> !spec.callsServices().isEmpty()).count());
    }

    @Test
    void kycFunctions_shouldNameTheirSecretsByArnAndTheVendorPlainly_withNoSecretValueInTheEnvironment() {
        Map<String, Object> kyc = variables(ResourceCatalogue.KYC);
        Map<String, Object> jobs = variables(ResourceCatalogue.KYC_SCHEDULED);

        assertThat(Cfn.referencedId(kyc.get(API_TOKEN + "_SECRET_ARN"))).isEqualTo(secretId(API_TOKEN));
        assertThat(Cfn.referencedId(kyc.get(WEBHOOK_SECRET + "_SECRET_ARN"))).isEqualTo(secretId(WEBHOOK_SECRET));
        assertThat(Cfn.referencedId(jobs.get(API_TOKEN + "_SECRET_ARN"))).isEqualTo(secretId(API_TOKEN));
        assertThat(jobs).doesNotContainKey(WEBHOOK_SECRET + "_SECRET_ARN");
        for (Map<String, Object> environment : List.of(kyc, jobs)) {
            assertThat(environment).doesNotContainKeys(API_TOKEN, WEBHOOK_SECRET)
                    .containsEntry("KYC_VENDOR_URL", SynthesizedPlatform.KYC_VENDOR.get("kycVendorUrl"))
                    .containsEntry("KYC_VENDOR_NAME", SynthesizedPlatform.KYC_VENDOR.get("kycVendorName"));
        }
    }

    @Test
    void vendorSecrets_shouldBeNamedPerEnvironmentWithNoValueInTheTemplate_whenSynthesised() {
        assertThat(functions.findResources("AWS::SecretsManager::Secret").values()).map(SynthesizedPlatform::properties)
                .extracting(props -> props.get("Name"))
                .containsExactlyInAnyOrder("usdt-dev-kyc-vendor-api-token", "usdt-dev-kyc-vendor-webhook-secret");
        assertThat(functions.findResources("AWS::SecretsManager::Secret").values()).map(SynthesizedPlatform::properties)
                .allSatisfy(props -> assertThat(props).doesNotContainKey("SecretString"));
    }

    @Test
    void vendorSecrets_shouldBeReadableOnlyByTheRolesOfTheFunctionsThatListThem_byArn() {
        Map<String, List<String>> readersBySecret = new java.util.TreeMap<>();
        for (Map<String, Object> policy : synth.resources("AWS::IAM::Policy").values()) {
            for (Map<String, Object> statement : Cfn.statements(properties(policy))) {
                if (Cfn.actions(statement).stream().anyMatch(action -> action.startsWith("secretsmanager:"))) {
                    assertThat(Cfn.actions(statement)).containsExactlyInAnyOrder(
                            "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret");
                    assertThat(statement.get("Resource")).isNotEqualTo("*").isInstanceOf(Map.class);
                    Cfn.list(properties(policy).get("Roles")).forEach(role -> readersBySecret
                            .computeIfAbsent(Cfn.referencedId(statement.get("Resource")), k -> new java.util.ArrayList<>())
                            .add(Cfn.referencedId(role)));
                }
            }
        }

        List<String> functionRoles = ResourceCatalogue.FUNCTIONS.stream().map(FunctionWiringTest::roleOf).toList();
        assertThat(readersBySecret.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(functionRoles::contains))
                .map(Map.Entry::getKey)).as("secrets a function role may read")
                .containsExactlyInAnyOrder(secretId(API_TOKEN), secretId(WEBHOOK_SECRET));
        assertThat(readersBySecret.get(secretId(WEBHOOK_SECRET))).containsExactly(roleOf(ResourceCatalogue.KYC));
        assertThat(readersBySecret.get(secretId(API_TOKEN)))
                .containsExactlyInAnyOrder(roleOf(ResourceCatalogue.KYC), roleOf(ResourceCatalogue.KYC_SCHEDULED));
    }

    @Test
    void periodicReview_shouldInvokeTheKycJobsAliasDailyAtThreeUtc_whenSynthesised() {
        assertThat(rule("PeriodicReview").get("ScheduleExpression")).isEqualTo("cron(0 3 * * ? *)");
        assertThat(Cfn.referencedId(Cfn.at(Cfn.list(rule("PeriodicReview").get("Targets")).get(0), "Arn")))
                .isEqualTo(aliasIdOf(ResourceCatalogue.KYC_SCHEDULED));
    }

    @Test
    void listUpload_shouldInvokeTheKycJobsAlias_whenAVersionMarkerIsCreatedInTheSanctionsListsBucket() {
        Map<String, Object> pattern = Cfn.map(rule("SanctionsListPublished"), "EventPattern");

        assertThat(pattern.get("source")).isEqualTo(List.of("aws.s3"));
        assertThat(pattern.get("detail-type")).isEqualTo(List.of("Object Created"));
        assertThat(Cfn.list(Cfn.at(pattern, "detail", "object", "key"))).containsExactly(Map.of("suffix", "/READY"));
        assertThat(importedOutputValue(Cfn.list(Cfn.at(pattern, "detail", "bucket", "name")).get(0)))
                .isEqualTo(Map.of("Ref", bucketId()));
        assertThat(Cfn.referencedId(Cfn.at(Cfn.list(rule("SanctionsListPublished").get("Targets")).get(0), "Arn")))
                .isEqualTo(aliasIdOf(ResourceCatalogue.KYC_SCHEDULED));
    }

    @Test
    void kycJobFailures_shouldLandInOneEncryptedQueue_whenDeliveryOrTheRunsRetriesFail() {
        Map<String, Map<String, Object>> queues = functions.findResources("AWS::SQS::Queue");
        String failures = queues.keySet().stream().filter(id -> id.startsWith("KycJobFailures")).findFirst().orElseThrow();
        Map<String, Object> invokeConfig = functions.findResources("AWS::Lambda::EventInvokeConfig").values().stream()
                .map(SynthesizedPlatform::properties).findFirst().orElseThrow();

        assertThat(properties(queues.get(failures))).containsEntry("SqsManagedSseEnabled", true);
        assertThat(String.valueOf(invokeConfig.get("Qualifier"))).as("the live alias's name, from its ARN")
                .contains(aliasIdOf(ResourceCatalogue.KYC_SCHEDULED));
        assertThat(invokeConfig.get("MaximumRetryAttempts")).isEqualTo(2);
        assertThat(Cfn.referencedId(Cfn.at(invokeConfig, "DestinationConfig", "OnFailure", "Destination")))
                .isEqualTo(failures);
        for (String rule : List.of("PeriodicReview", "SanctionsListPublished")) {
            assertThat(Cfn.referencedId(Cfn.at(Cfn.list(rule(rule).get("Targets")).get(0), "DeadLetterConfig", "Arn")))
                    .as(rule).isEqualTo(failures);
        }
    }

    @Test
    void sanctionsListsBucket_shouldBeEncryptedVersionedPrivateAndPublishToEventBridge_whenSynthesised() {
        Map<String, Object> bucket = properties(synth.template(synth.platform.storage())
                .findResources("AWS::S3::Bucket").get(bucketId()));

        assertThat(bucket.get("BucketName")).isEqualTo("usdt-dev-sanctions-lists");
        assertThat(Cfn.at(bucket, "VersioningConfiguration", "Status")).isEqualTo("Enabled");
        assertThat(Cfn.at(bucket, "PublicAccessBlockConfiguration")).isEqualTo(Map.of("BlockPublicAcls", true,
                "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true));
        assertThat(Cfn.at(Cfn.list(Cfn.at(bucket, "BucketEncryption", "ServerSideEncryptionConfiguration")).get(0),
                "ServerSideEncryptionByDefault", "SSEAlgorithm")).isEqualTo("aws:kms");
        assertThat(Cfn.at(bucket, "NotificationConfiguration", "EventBridgeConfiguration", "EventBridgeEnabled"))
                .isEqualTo(true);
    }

    @Test
    void kycJobs_shouldReadListObjectsAndDecryptThem_butNeitherListNorWriteTheBucket() {
        List<Map<String, Object>> statements = functions.findResources("AWS::IAM::Policy").values().stream()
                .map(SynthesizedPlatform::properties)
                .filter(props -> Cfn.list(props.get("Roles")).stream().map(Cfn::referencedId)
                        .anyMatch(roleOf(ResourceCatalogue.KYC_SCHEDULED)::equals))
                .flatMap(props -> Cfn.statements(props).stream())
                .filter(statement -> Cfn.actions(statement).stream().anyMatch(a -> a.startsWith("s3:")))
                .toList();

        assertThat(statements).singleElement().satisfies(statement -> {
            assertThat(Cfn.actions(statement)).containsExactly("s3:GetObject");
            List<Object> arn = Cfn.list(((List<?>) Cfn.at(statement.get("Resource"), "Fn::Join")).get(1));
            assertThat(importedOutputValue(arn.get(0))).isEqualTo(Map.of("Fn::GetAtt", List.of(bucketId(), "Arn")));
            assertThat(arn.get(1)).isEqualTo("/*");
        });
    }

    // --- reading the templates ---------------------------------------------------------------------------

    private static Map<String, Object> function(FunctionSpec spec) {
        String name = SynthesizedPlatform.CONFIG.naming().function(spec);
        return functions.findResources("AWS::Lambda::Function").values().stream().map(SynthesizedPlatform::properties)
                .filter(props -> name.equals(props.get("FunctionName"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> variables(FunctionSpec spec) {
        return Cfn.map(function(spec), "Environment", "Variables");
    }

    private static String roleOf(FunctionSpec spec) {
        return Cfn.referencedId(function(spec).get("Role"));
    }

    private static String onboardingGroupId() {
        return Cfn.referencedId(Cfn.list(Cfn.at(function(ResourceCatalogue.ONBOARDING), "VpcConfig", "SecurityGroupIds"))
                .get(0));
    }

    private static String secretId(String variable) {
        return functions.findResources("AWS::SecretsManager::Secret").entrySet().stream()
                .filter(entry -> Objects.equals(properties(entry.getValue()).get("Name"),
                        "usdt-dev-" + variable.toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static Map<String, Object> rule(String idPrefix) {
        return functions.findResources("AWS::Events::Rule").entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(idPrefix))
                .map(entry -> properties(entry.getValue())).findFirst().orElseThrow();
    }

    private static String aliasIdOf(FunctionSpec spec) {
        CatalogueFunction function = synth.platform.functions().functions().get(spec.name());
        return synth.platform.functions().getLogicalId((CfnElement) function.live().getNode().getDefaultChild());
    }

    private static String bucketId() {
        Stack storage = synth.platform.storage();
        return storage.getLogicalId((CfnElement) synth.platform.storage().buckets()
                .get(ResourceCatalogue.SANCTIONS_LISTS.name()).getNode().getDefaultChild());
    }

    /** What an {@code Fn::ImportValue} resolves to: the value of the exporting stack's output of that name. */
    private static Object importedOutputValue(Object importValue) {
        Object name = Cfn.at(importValue, "Fn::ImportValue");
        assertThat(name).as("a cross-stack import").isNotNull();
        return synth.allTemplates().stream().flatMap(template -> template.toJSON().entrySet().stream())
                .filter(entry -> entry.getKey().equals("Outputs"))
                .flatMap(entry -> Cfn.map(entry.getValue()).values().stream())
                .filter(output -> name.equals(Cfn.at(output, "Export", "Name")))
                .map(output -> Cfn.at(output, "Value"))
                .findFirst().orElseThrow(() -> new AssertionError("no stack exports " + name));
    }
}
