package io.usdtcustody.infra.data;

import io.usdtcustody.infra.NamedResources;
import io.usdtcustody.infra.PlatformConfig;
import io.usdtcustody.infra.security.CustomerManagedKey;
import io.usdtcustody.model.catalogue.IndexSpec;
import io.usdtcustody.model.catalogue.KeyAttribute;
import io.usdtcustody.model.catalogue.TableSpec;
import java.util.List;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.kms.IKey;
import software.constructs.Construct;

/**
 * Every DynamoDB table of the catalogue, encrypted with one customer-managed key: on-demand, point-in-time
 * recovery, deletion protection, and kept if the stack goes (the ledger outlives any deployment).
 */
public final class DataStack extends Stack {
    private final IKey key;
    private final NamedResources<ITable> tables = new NamedResources<>("table");

    public DataStack(Construct scope, String id, StackProps props, PlatformConfig config, List<TableSpec> specs) {
        super(scope, id, props);
        this.key = CustomerManagedKey.create(this, "TablesKey", config.physicalName("tables"),
                "Encrypts the platform's DynamoDB tables (" + config.environmentName() + ")");
        for (TableSpec spec : specs) {
            tables.put(spec.name(), table(spec, config));
        }
    }

    public IKey key() {
        return key;
    }

    /** The tables by logical catalogue name. */
    public NamedResources<ITable> tables() {
        return tables;
    }

    private Table table(TableSpec spec, PlatformConfig config) {
        Table.Builder builder = Table.Builder.create(this, "Table-" + spec.name())
                .tableName(config.naming().table(spec))
                .partitionKey(attribute(spec.partitionKey()))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .encryption(TableEncryption.CUSTOMER_MANAGED)
                .encryptionKey(key)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN);
        spec.sortKey().map(DataStack::attribute).ifPresent(builder::sortKey);
        spec.ttlAttribute().ifPresent(builder::timeToLiveAttribute);
        Table table = builder.build();
        for (IndexSpec index : spec.globalIndexes()) {
            GlobalSecondaryIndexProps.Builder gsi = GlobalSecondaryIndexProps.builder()
                    .indexName(index.name())
                    .partitionKey(attribute(index.partitionKey()))
                    .projectionType(ProjectionType.ALL);
            index.sortKey().map(DataStack::attribute).ifPresent(gsi::sortKey);
            table.addGlobalSecondaryIndex(gsi.build());
        }
        return table;
    }

    private static Attribute attribute(KeyAttribute key) {
        return Attribute.builder().name(key.name()).type(switch (key.type()) {
            case STRING -> AttributeType.STRING;
            case NUMBER -> AttributeType.NUMBER;
            case BINARY -> AttributeType.BINARY;
        }).build();
    }
}
