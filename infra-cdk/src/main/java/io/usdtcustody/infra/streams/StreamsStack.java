package io.usdtcustody.infra.streams;

import io.usdtcustody.infra.NamedResources;
import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.infra.security.CustomerManagedKey;
import io.usdtcustody.model.catalogue.StreamSpec;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.kinesis.Stream;
import software.amazon.awscdk.services.kinesis.StreamEncryption;
import software.amazon.awscdk.services.kinesis.StreamMode;
import software.amazon.awscdk.services.kms.IKey;
import software.constructs.Construct;

/**
 * Every Kinesis stream of the catalogue, provisioned with its shard count, encrypted with a customer-managed
 * key and kept seven days so a monitoring consumer that was down for a weekend can still catch up.
 */
public final class StreamsStack extends Stack {
    static final Duration RETENTION = Duration.days(7);

    private final IKey key;
    private final NamedResources<IStream> streams = new NamedResources<>("stream");

    public StreamsStack(Construct scope, String id, StackProps props, PlatformConfig config, List<StreamSpec> specs) {
        super(scope, id, props);
        this.key = CustomerManagedKey.create(this, "StreamsKey", config.physicalName("streams"),
                "Encrypts the platform's Kinesis streams (" + config.environmentName() + ")");
        for (StreamSpec spec : specs) {
            streams.put(spec.name(), Stream.Builder.create(this, "Stream-" + spec.name())
                    .streamName(config.naming().stream(spec))
                    .streamMode(StreamMode.PROVISIONED)
                    .shardCount(spec.shardCount())
                    .encryption(StreamEncryption.KMS)
                    .encryptionKey(key)
                    .retentionPeriod(RETENTION)
                    .removalPolicy(RemovalPolicy.RETAIN)
                    .build());
        }
    }

    public IKey key() {
        return key;
    }

    /** The streams by logical catalogue name. */
    public NamedResources<IStream> streams() {
        return streams;
    }
}
