package io.usdtcustody.infra.storage;

import io.usdtcustody.infra.NamedResources;
import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.infra.security.CustomerManagedKey;
import io.usdtcustody.model.catalogue.BucketSpec;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.ObjectLockRetention;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * Every S3 bucket of the catalogue: private, versioned, KMS-encrypted, TLS only, kept when the stack goes.
 * A bucket whose spec asks for object lock (the receipt archive) is write-once in compliance mode: not even
 * the account root can shorten the retention or delete a locked version.
 */
public final class StorageStack extends Stack {
    private final IKey key;
    private final NamedResources<IBucket> buckets = new NamedResources<>("bucket");

    public StorageStack(Construct scope, String id, StackProps props, PlatformConfig config, List<BucketSpec> specs) {
        super(scope, id, props);
        this.key = CustomerManagedKey.create(this, "BucketsKey", config.physicalName("buckets"),
                "Encrypts the platform's S3 buckets (" + config.environmentName() + ")");
        for (BucketSpec spec : specs) {
            buckets.put(spec.name(), bucket(spec, config));
        }
    }

    public IKey key() {
        return key;
    }

    /** The buckets by logical catalogue name. */
    public NamedResources<IBucket> buckets() {
        return buckets;
    }

    private Bucket bucket(BucketSpec spec, PlatformConfig config) {
        Bucket.Builder builder = Bucket.Builder.create(this, "Bucket-" + spec.name())
                .bucketName(config.naming().bucket(spec))
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .versioned(true)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(key)
                .bucketKeyEnabled(true)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.RETAIN);
        if (spec.objectLock()) {
            builder.objectLockEnabled(true)
                    .objectLockDefaultRetention(ObjectLockRetention.compliance(Duration.days(spec.objectLockRetentionDays())));
        }
        Bucket bucket = builder.build();
        // Object events go to EventBridge, where rules decide who reacts (the KYC jobs to a new sanctions list).
        // Set on the CloudFormation bucket itself: CDK's eventBridgeEnabled needs a custom-resource Lambda.
        ((CfnBucket) bucket.getNode().getDefaultChild()).setNotificationConfiguration(
                CfnBucket.NotificationConfigurationProperty.builder()
                        .eventBridgeConfiguration(CfnBucket.EventBridgeConfigurationProperty.builder()
                                .eventBridgeEnabled(true).build())
                        .build());
        return bucket;
    }
}
