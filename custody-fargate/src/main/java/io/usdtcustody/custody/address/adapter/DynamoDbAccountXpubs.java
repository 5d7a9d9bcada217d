package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Account xpubs on the wallets table. One {@code TransactWriteItems} writes two items, each only if absent:
 * the account item ({@code pk = XPUB#<tenant>#<CHAIN>}, {@code sk = XPUB}) that {@link #find} reads, and a
 * claim on the public key ({@code pk = XPUB-KEY#<public key hex>}) so that no key serves two tenants or
 * chains. A registration is never overwritten. Only the public xpub text is stored, never a private key.
 */
public final class DynamoDbAccountXpubs implements AccountXpubs {
    static final String SK = "XPUB";
    private static final int MAX_ATTEMPTS = 8;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbAccountXpubs(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public Optional<ExtendedKey> find(TenantId tenant, Chain chain) {
        return readAccountItem(tenant, chain).map(item -> ExtendedKey.parse(item.get("xpub").s()));
    }

    @Override
    public void register(TenantId tenant, Chain chain, ExtendedKey xpub) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(chain, "chain");
        String text = DepositAddressRules.requireAccountXpub(xpub).toXpub();
        String publicKeyId = DepositAddressRules.publicKeyId(xpub);
        Map<String, AttributeValue> accountItem = Map.of("pk", s(accountPk(tenant, chain)), "sk", s(SK),
                "type", s("ACCOUNT_XPUB"), "tenant", s(tenant.value()), "chain", s(chain.name()),
                "xpub", s(text), "accountPath", s(chain.bip44AccountPath()));
        Map<String, AttributeValue> keyClaim = Map.of("pk", s("XPUB-KEY#" + publicKeyId), "sk", s(SK),
                "type", s("ACCOUNT_XPUB_CLAIM"), "tenant", s(tenant.value()), "chain", s(chain.name()));
        List<TransactWriteItem> items = List.of(putIfAbsent(accountItem), putIfAbsent(keyClaim));
        for (int attempt = 1; ; attempt++) {
            try {
                dynamoDb.transactWriteItems(r -> r.transactItems(items));
                return;
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (DynamoDbRetries.failedCondition(reasons, 0)) {
                    requireSameXpub(tenant, chain, text, reasons.get(0).item());
                    return;
                }
                if (DynamoDbRetries.failedCondition(reasons, 1)) {
                    throw DepositAddressRules.xpubUsedElsewhere();
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw new PlatformException(ErrorCode.UNAVAILABLE, "the xpub registry is busy; retry", e);
                }
                DynamoDbRetries.backOff(attempt);
            }
        }
    }

    /** The account item was already there: fine when it holds this very xpub, a conflict otherwise. */
    private void requireSameXpub(TenantId tenant, Chain chain, String text, Map<String, AttributeValue> old) {
        Map<String, AttributeValue> existing = old != null && old.containsKey("xpub") ? old
                : readAccountItem(tenant, chain).orElseThrow(() -> new PlatformException(ErrorCode.UNAVAILABLE,
                        "the xpub registry changed while registering; retry"));
        if (!text.equals(existing.get("xpub").s())) {
            throw DepositAddressRules.differentXpubRegistered(tenant, chain);
        }
    }

    private Optional<Map<String, AttributeValue>> readAccountItem(TenantId tenant, Chain chain) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                .key(Map.of("pk", s(accountPk(tenant, chain)), "sk", s(SK))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private TransactWriteItem putIfAbsent(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    }

    static String accountPk(TenantId tenant, Chain chain) {
        return "XPUB#" + Objects.requireNonNull(tenant, "tenant").value() + "#"
                + Objects.requireNonNull(chain, "chain").name();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
