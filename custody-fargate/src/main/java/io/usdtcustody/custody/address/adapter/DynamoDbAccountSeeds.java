package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.custody.address.AccountSeed;
import io.usdtcustody.custody.address.port.AccountSeeds;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.WrappedSecret;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Wrapped account seeds on the wallets table, one item per (tenant, chain) ({@code pk = SEED#<tenant>#<CHAIN>},
 * {@code sk = SEED}), put with {@code attribute_not_exists(pk)} so the first seed stands forever. The item holds
 * the wrapping key's label, the IV and the ciphertext (binary), the xpub and the account path — never a
 * plaintext seed.
 */
public final class DynamoDbAccountSeeds implements AccountSeeds {
    static final String SK = "SEED";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbAccountSeeds(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public AccountSeed putIfAbsent(AccountSeed seed) {
        Objects.requireNonNull(seed, "seed");
        Map<String, AttributeValue> item = Map.ofEntries(Map.entry("pk", s(pk(seed.tenant(), seed.chain()))),
                Map.entry("sk", s(SK)), Map.entry("type", s("ACCOUNT_SEED")),
                Map.entry("tenant", s(seed.tenant().value())), Map.entry("chain", s(seed.chain().name())),
                Map.entry("wrappingKey", s(seed.wrapped().wrappingKey().value())),
                Map.entry("iv", AttributeValue.fromB(SdkBytes.fromByteArray(seed.wrapped().iv()))),
                Map.entry("ciphertext", AttributeValue.fromB(SdkBytes.fromByteArray(seed.wrapped().ciphertext()))),
                Map.entry("xpub", s(seed.xpub())), Map.entry("accountPath", s(seed.chain().bip44AccountPath())),
                Map.entry("createdAt", s(seed.createdAt().toString())));
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return seed;
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> earlier = e.item() != null && e.item().containsKey("ciphertext") ? e.item()
                    : read(seed.tenant(), seed.chain()).orElseThrow(() -> new PlatformException(ErrorCode.UNAVAILABLE,
                            "the seed store changed while writing; retry"));
            return fromItem(earlier);
        }
    }

    @Override
    public Optional<AccountSeed> find(TenantId tenant, Chain chain) {
        return read(tenant, chain).map(DynamoDbAccountSeeds::fromItem);
    }

    private Optional<Map<String, AttributeValue>> read(TenantId tenant, Chain chain) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                .key(Map.of("pk", s(pk(tenant, chain)), "sk", s(SK))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private static AccountSeed fromItem(Map<String, AttributeValue> item) {
        return new AccountSeed(TenantId.of(item.get("tenant").s()), Chain.valueOf(item.get("chain").s()),
                new WrappedSecret(KeyLabel.of(item.get("wrappingKey").s()), item.get("iv").b().asByteArray(),
                        item.get("ciphertext").b().asByteArray()),
                item.get("xpub").s(), Instant.parse(item.get("createdAt").s()));
    }

    static String pk(TenantId tenant, Chain chain) {
        return "SEED#" + Objects.requireNonNull(tenant, "tenant").value() + "#"
                + Objects.requireNonNull(chain, "chain").name();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
