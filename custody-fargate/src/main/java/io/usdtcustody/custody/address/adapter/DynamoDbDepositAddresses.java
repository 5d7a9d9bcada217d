package io.usdtcustody.custody.address.adapter;

import static io.usdtcustody.custody.address.adapter.DepositAddressItems.s;
import static io.usdtcustody.custody.address.adapter.DynamoDbRetries.failedCondition;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.custody.address.port.DepositAddresses;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.DerivationException;
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
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Deposit addresses on the wallets table (items: {@link DepositAddressItems}).
 *
 * <p>Allocation: a consistent read returns an existing assignment. Otherwise the next index comes from an
 * atomic {@code ADD} on the (tenant, chain) counter, so no two callers ever hold the same index; the address is
 * derived from the account xpub by public derivation ({@code xpub/0/index}); one {@code TransactWriteItems}
 * then writes the customer's assignment and the reverse-lookup item, each only if absent. When a concurrent
 * call for the same customer got there first, its assignment is returned and our index stays a harmless gap.
 * An index whose address is already owned (only if the counter were ever behind) and an index that BIP32
 * declares invalid are skipped. Nothing here needs a secret.
 */
public final class DynamoDbDepositAddresses implements DepositAddresses {
    /** Skipped indexes (invalid child, address already owned) per call before giving up. */
    private static final int MAX_INDEXES_PER_CALL = 16;
    private static final int MAX_WRITE_ATTEMPTS = 12;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final AccountXpubs xpubs;
    private final AddressDerivation derivation;

    /**
     * @param dynamoDb the client (endpoint from the environment, as for every adapter)
     * @param table    the physical name of the wallets table
     * @param xpubs    where the tenants' account xpubs are registered
     */
    public DynamoDbDepositAddresses(DynamoDbClient dynamoDb, String table, AccountXpubs xpubs) {
        this(dynamoDb, table, xpubs, AddressDerivation.bip44External());
    }

    DynamoDbDepositAddresses(DynamoDbClient dynamoDb, String table, AccountXpubs xpubs, AddressDerivation derivation) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        this.xpubs = Objects.requireNonNull(xpubs, "xpubs");
        this.derivation = Objects.requireNonNull(derivation, "derivation");
    }

    @Override
    public DepositAddress addressFor(TenantId tenant, String customerId, Chain chain) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(chain, "chain");
        DepositAddressRules.requireCustomerId(customerId);
        Optional<DepositAddress> existing = assignment(tenant, customerId, chain);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (ExtendedKey xpub = xpubs.find(tenant, chain)
                .orElseThrow(() -> DepositAddressRules.xpubNotFound(tenant, chain))) {
            DepositAddressRules.requireAccountXpub(xpub);
            for (int tries = 0; tries < MAX_INDEXES_PER_CALL; tries++) {
                int index = nextIndex(tenant, chain);
                Optional<String> address = derive(xpub, chain, index);
                if (address.isEmpty()) {
                    continue;
                }
                Optional<DepositAddress> assigned =
                        write(new DepositAddress(tenant, customerId, chain, address.get(), index));
                if (assigned.isPresent()) {
                    return assigned.get();
                }
            }
        }
        throw new PlatformException(ErrorCode.INTERNAL, "could not allocate a deposit address");
    }

    @Override
    public Optional<DepositAddress> lookup(Chain chain, String normalizedAddress) {
        Objects.requireNonNull(chain, "chain");
        return DepositAddressRules.normalized(chain, normalizedAddress).flatMap(address -> {
            Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                    .key(DepositAddressItems.ownerKey(chain, address)).consistentRead(true)).item();
            return DepositAddressItems.isDepositAddress(item)
                    ? Optional.of(DepositAddressItems.fromItem(item)) : Optional.empty();
        });
    }

    private Optional<DepositAddress> assignment(TenantId tenant, String customerId, Chain chain) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                .key(DepositAddressItems.assignmentKey(tenant, customerId, chain)).consistentRead(true)).item();
        return DepositAddressItems.isDepositAddress(item)
                ? Optional.of(DepositAddressItems.fromItem(item)) : Optional.empty();
    }

    /** Atomically takes the next index of (tenant, chain): {@code ADD nextIndex 1}, returning the new value. */
    private int nextIndex(TenantId tenant, Chain chain) {
        Map<String, AttributeValue> updated = dynamoDb.updateItem(r -> r.tableName(table)
                .key(DepositAddressItems.counterKey(tenant, chain))
                .updateExpression("SET #tenant = :tenant, #chain = :chain ADD #next :one")
                .expressionAttributeNames(Map.of("#tenant", "tenant", "#chain", "chain",
                        "#next", DepositAddressItems.NEXT_INDEX))
                .expressionAttributeValues(Map.of(":tenant", s(tenant.value()), ":chain", s(chain.name()),
                        ":one", AttributeValue.fromN("1")))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        long index = Long.parseLong(updated.get(DepositAddressItems.NEXT_INDEX).n()) - 1;
        if (index < 0 || index > DepositAddressRules.MAX_INDEX) {
            throw DepositAddressRules.indexSpaceExhausted(tenant, chain);
        }
        return (int) index;
    }

    /** The address at {@code index}, or empty when BIP32 says this index gives no valid key. */
    private Optional<String> derive(ExtendedKey xpub, Chain chain, int index) {
        try {
            return Optional.of(derivation.address(xpub, chain, index));
        } catch (DerivationException e) {
            if (e.reason() == DerivationException.Reason.INVALID_CHILD) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Writes the assignment and its reverse item together. Returns the assignment that holds (ours, or the one
     * a concurrent call wrote for the same customer), or empty when the address is already someone's.
     */
    private Optional<DepositAddress> write(DepositAddress candidate) {
        List<TransactWriteItem> items = List.of(
                putIfAbsent(DepositAddressItems.assignmentItem(candidate)),
                putIfAbsent(DepositAddressItems.ownerItem(candidate)));
        for (int attempt = 1; ; attempt++) {
            try {
                dynamoDb.transactWriteItems(r -> r.transactItems(items));
                return Optional.of(candidate);
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (failedCondition(reasons, 0)) {
                    return Optional.of(winner(candidate, reasons.get(0).item()));
                }
                if (failedCondition(reasons, 1)) {
                    return Optional.empty();
                }
                if (attempt >= MAX_WRITE_ATTEMPTS) {
                    throw new PlatformException(ErrorCode.UNAVAILABLE, "deposit addresses are busy; retry", e);
                }
                DynamoDbRetries.backOff(attempt);
            }
        }
    }

    private DepositAddress winner(DepositAddress candidate, Map<String, AttributeValue> old) {
        if (DepositAddressItems.isDepositAddress(old)) {
            return DepositAddressItems.fromItem(old);
        }
        return assignment(candidate.tenant(), candidate.customerId(), candidate.chain())
                .orElseThrow(() -> new PlatformException(ErrorCode.UNAVAILABLE, "deposit addresses are busy; retry"));
    }

    private TransactWriteItem putIfAbsent(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    }
}
