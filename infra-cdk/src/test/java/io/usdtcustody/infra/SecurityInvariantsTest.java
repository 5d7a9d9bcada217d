package io.usdtcustody.infra;

import static io.usdtcustody.infra.SynthesizedPlatform.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Encryption, privacy and retention invariants that must hold for every data resource in every stack. */
class SecurityInvariantsTest {
    private static SynthesizedPlatform synth;

    @BeforeAll
    static void synthesise() {
        synth = SynthesizedPlatform.get();
    }

    @Test
    void tables_shouldHavePointInTimeRecoveryAndCustomerManagedKms_whenSynthesised() {
        Map<String, Map<String, Object>> tables = synth.resources("AWS::DynamoDB::Table");

        assertThat(tables).isNotEmpty();
        tables.forEach((id, table) -> {
            Map<String, Object> props = properties(table);
            assertThat(Cfn.at(props, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled")).as(id).isEqualTo(true);
            assertThat(Cfn.at(props, "SSESpecification", "SSEEnabled")).as(id).isEqualTo(true);
            assertThat(Cfn.at(props, "SSESpecification", "SSEType")).as(id).isEqualTo("KMS");
            assertThat(Cfn.at(props, "SSESpecification", "KMSMasterKeyId")).as(id).isNotNull();
            assertThat(props.get("DeletionProtectionEnabled")).as(id).isEqualTo(true);
            assertThat(props.get("BillingMode")).as(id).isEqualTo("PAY_PER_REQUEST");
            assertThat(table.get("DeletionPolicy")).as(id).isEqualTo("Retain");
        });
    }

    @Test
    void streams_shouldBeKmsEncryptedWithSevenDayRetention_whenSynthesised() {
        Map<String, Map<String, Object>> streams = synth.resources("AWS::Kinesis::Stream");

        assertThat(streams).isNotEmpty();
        streams.forEach((id, stream) -> {
            Map<String, Object> props = properties(stream);
            assertThat(Cfn.at(props, "StreamEncryption", "EncryptionType")).as(id).isEqualTo("KMS");
            assertThat(Cfn.at(props, "StreamEncryption", "KeyId")).as(id).isNotNull();
            assertThat(props.get("RetentionPeriodHours")).as(id).isEqualTo(168);
        });
    }

    @Test
    void buckets_shouldBePrivateVersionedAndEncrypted_whenSynthesised() {
        Map<String, Map<String, Object>> buckets = synth.resources("AWS::S3::Bucket");

        assertThat(buckets).isNotEmpty();
        buckets.forEach((id, bucket) -> {
            Map<String, Object> props = properties(bucket);
            assertThat(Cfn.map(props, "PublicAccessBlockConfiguration")).as(id).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true));
            assertThat(Cfn.at(props, "VersioningConfiguration", "Status")).as(id).isEqualTo("Enabled");
            List<Object> encryption = Cfn.list(Cfn.at(props, "BucketEncryption", "ServerSideEncryptionConfiguration"));
            assertThat(encryption).as(id).singleElement()
                    .satisfies(rule -> assertThat(Cfn.at(rule, "ServerSideEncryptionByDefault", "SSEAlgorithm")).isEqualTo("aws:kms"));
            assertThat(bucket.get("DeletionPolicy")).as(id).isEqualTo("Retain");
        });
    }

    @Test
    void buckets_shouldDenyRequestsWithoutTls_whenSynthesised() {
        Map<String, Map<String, Object>> policies = synth.resources("AWS::S3::BucketPolicy");

        assertThat(policies).hasSize(ResourceCatalogue.BUCKETS.size());
        policies.forEach((id, policy) -> assertThat(Cfn.statements(properties(policy))).as(id).anySatisfy(statement -> {
            assertThat(statement.get("Effect")).isEqualTo("Deny");
            assertThat(Cfn.at(statement, "Condition", "Bool", "aws:SecureTransport")).isEqualTo("false");
        }));
    }

    @Test
    void receiptArchive_shouldHaveComplianceObjectLock_whenSpecAsksForObjectLock() {
        Template storage = synth.template(synth.platform.storage());
        String name = SynthesizedPlatform.CONFIG.naming().bucket(ResourceCatalogue.RECEIPT_ARCHIVE);

        Map<String, Object> archive = storage.findResources("AWS::S3::Bucket").values().stream()
                .map(SynthesizedPlatform::properties)
                .filter(props -> name.equals(props.get("BucketName")))
                .findFirst().orElseThrow();

        assertThat(archive.get("ObjectLockEnabled")).isEqualTo(true);
        assertThat(Cfn.map(archive, "ObjectLockConfiguration", "Rule", "DefaultRetention")).containsExactlyInAnyOrderEntriesOf(
                Map.of("Mode", "COMPLIANCE", "Days", ResourceCatalogue.RECEIPT_ARCHIVE.objectLockRetentionDays()));
    }

    @Test
    void reportsBucket_shouldHaveNoObjectLock_whenSpecHasNoRetention() {
        String name = SynthesizedPlatform.CONFIG.naming().bucket(ResourceCatalogue.REPORTS);

        assertThat(synth.resources("AWS::S3::Bucket").values()).map(SynthesizedPlatform::properties)
                .filteredOn(props -> name.equals(props.get("BucketName")))
                .singleElement()
                .satisfies(props -> assertThat(props).doesNotContainKey("ObjectLockEnabled"));
    }

    @Test
    void kmsKeys_shouldRotateAndBeRetained_whenSynthesised() {
        Map<String, Map<String, Object>> keys = synth.resources("AWS::KMS::Key");

        assertThat(keys).as("data, streams, storage, matching's data volume").hasSize(4);
        keys.forEach((id, key) -> {
            assertThat(properties(key).get("EnableKeyRotation")).as(id).isEqualTo(true);
            assertThat(key.get("DeletionPolicy")).as(id).isEqualTo("Retain");
        });
    }

    @Test
    void loadBalancers_shouldBeInternal_whenSynthesised() {
        assertThat(synth.resources("AWS::ElasticLoadBalancingV2::LoadBalancer").values())
                .hasSize(ResourceCatalogue.SERVICES.size())
                .allSatisfy(lb -> assertThat(properties(lb).get("Scheme")).isEqualTo("internal"));
    }

    @Test
    void everyStack_shouldSynthesiseWithoutWarningsOrErrors_whenBuiltFromTheCatalogue() {
        assertThat(synth.platform.stacks()).allSatisfy(stack -> {
            assertThat(Annotations.fromStack(stack).findWarning("*", Match.anyValue())).as(stack.getStackName()).isEmpty();
            assertThat(Annotations.fromStack(stack).findError("*", Match.anyValue())).as(stack.getStackName()).isEmpty();
        });
    }

    @Test
    void everyStack_shouldCarryProjectAndEnvironmentTags_whenSynthesised() {
        assertThat(synth.platform.stacks()).allSatisfy(stack -> assertThat(stack.getTags().tagValues())
                .containsEntry(PlatformTags.PROJECT_TAG, PlatformConfig.PROJECT)
                .containsEntry(PlatformTags.ENVIRONMENT_TAG, "dev"));
    }
}
