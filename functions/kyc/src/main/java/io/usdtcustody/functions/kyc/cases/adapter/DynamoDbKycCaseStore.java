package io.usdtcustody.functions.kyc.cases.adapter;

import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.n;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.s;

import io.usdtcustody.functions.kyc.cases.CaseConflictException;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.ReviewCursor;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.cases.port.KycCaseStore;
import io.usdtcustody.functions.kyc.cases.port.ReviewPage;
import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The case store on the shared customers table ({@link ItemKeys} for the layout). A new case is written with its
 * pointer in one transaction, both only if absent; an update is a put conditional on the stored version being
 * the one the case was read at; a decision also puts the customer's standing in the same transaction. Reads are consistent,
 * and a stored item whose tenant attribute differs from the key's is never returned.
 */
public final class DynamoDbKycCaseStore implements KycCaseStore {
    private static final String ABSENT = "attribute_not_exists(pk)";
    private static final String PREVIOUS_VERSION = "#version = :previous";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final CaseItems cases;
    private final StandingItems standings;

    public DynamoDbKycCaseStore(DynamoDbClient dynamoDb, String table, JsonCodec codec) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        RiskJson riskJson = new RiskJson(codec);
        this.cases = new CaseItems(riskJson);
        this.standings = new StandingItems(riskJson);
    }

    @Override
    public boolean customerExists(TenantId tenant, String customerId) {
        var response = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true).projectionExpression("tenant")
                .key(Map.of(ItemKeys.PK, s(ItemKeys.customer(tenant, customerId)), ItemKeys.SK, s(ItemKeys.CUSTOMER_SK))));
        return response.hasItem() && response.item().containsKey("tenant")
                && tenant.value().equals(response.item().get("tenant").s());
    }

    @Override
    public Optional<ScreeningReview> onboardingScreeningMatch(TenantId tenant, String customerId) {
        var response = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true)
                .projectionExpression("#tenant, #screening")
                .expressionAttributeNames(Map.of("#tenant", CustomerTable.TENANT, "#screening", CustomerTable.SCREENING))
                .key(Map.of(ItemKeys.PK, s(ItemKeys.customer(tenant, customerId)), ItemKeys.SK, s(ItemKeys.CUSTOMER_SK))));
        if (!response.hasItem() || !response.item().containsKey(CustomerTable.TENANT)
                || !tenant.value().equals(response.item().get(CustomerTable.TENANT).s())) {
            return Optional.empty();
        }
        return HitItems.onboardingMatch(response.item());
    }

    @Override
    public void create(KycCase kycCase) {
        if (kycCase.version() != 1) {
            throw new IllegalArgumentException("a new case is version 1");
        }
        try {
            dynamoDb.transactWriteItems(t -> t.transactItems(
                    put(cases.toItem(kycCase), ABSENT, Map.of(), Map.of()), pointer(kycCase)));
        } catch (TransactionCanceledException e) {
            throw conditionFailed(e) ? new CaseConflictException("a case with this id exists") : e;
        }
    }

    @Override
    public Optional<KycCase> find(TenantId tenant, String caseId) {
        var pointer = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of(ItemKeys.PK, s(ItemKeys.pointer(tenant, caseId)), ItemKeys.SK, s(ItemKeys.POINTER_SK))));
        if (!pointer.hasItem() || pointer.item().isEmpty()) {
            return Optional.empty();
        }
        return find(tenant, pointer.item().get("customerId").s(), caseId);
    }

    @Override
    public Optional<KycCase> find(TenantId tenant, String customerId, String caseId) {
        var response = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true).key(Map.of(
                ItemKeys.PK, s(ItemKeys.customer(tenant, customerId)), ItemKeys.SK, s(ItemKeys.caseSort(caseId)))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cases.fromItem(response.item())).filter(c -> c.tenant().equals(tenant));
    }

    @Override
    public List<KycCase> casesOf(TenantId tenant, String customerId) {
        return dynamoDb.queryPaginator(q -> q.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :cases)")
                        .expressionAttributeValues(Map.of(":pk", s(ItemKeys.customer(tenant, customerId)),
                                ":cases", s(ItemKeys.CASE_PREFIX))))
                .items().stream().map(cases::fromItem).filter(c -> c.tenant().equals(tenant))
                .sorted(java.util.Comparator.comparing(KycCase::createdAt)).toList();
    }

    @Override
    public void update(KycCase kycCase, long readVersion) {
        requireNewer(kycCase, readVersion);
        try {
            dynamoDb.putItem(p -> p.tableName(table).item(cases.toItem(kycCase))
                    .conditionExpression(PREVIOUS_VERSION).expressionAttributeNames(Map.of("#version", "version"))
                    .expressionAttributeValues(Map.of(":previous", n(readVersion))));
        } catch (ConditionalCheckFailedException e) {
            throw concurrentChange();
        }
    }

    @Override
    public void update(KycCase kycCase, KycStanding standing, long readVersion) {
        requireNewer(kycCase, readVersion);
        try {
            dynamoDb.transactWriteItems(t -> t.transactItems(
                    put(cases.toItem(kycCase), PREVIOUS_VERSION, Map.of("#version", "version"),
                            Map.of(":previous", n(readVersion))),
                    put(standings.toItem(standing), null, Map.of(), Map.of())));
        } catch (TransactionCanceledException e) {
            throw conditionFailed(e) ? concurrentChange() : e;
        }
    }

    @Override
    public boolean createReview(KycCase reviewCase, KycStanding standing) {
        try {
            dynamoDb.transactWriteItems(t -> t.transactItems(put(cases.toItem(reviewCase), ABSENT, Map.of(), Map.of()),
                    pointer(reviewCase), put(standings.toItem(standing), null, Map.of(), Map.of())));
            return true;
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<KycStanding> standing(TenantId tenant, String customerId) {
        var response = dynamoDb.getItem(g -> g.tableName(table).consistentRead(true).key(Map.of(
                ItemKeys.PK, s(ItemKeys.customer(tenant, customerId)), ItemKeys.SK, s(ItemKeys.STANDING_SK))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(standings.fromItem(response.item())).filter(st -> st.tenant().equals(tenant));
    }

    @Override
    public ReviewPage inReview(TenantId tenant, int limit, Optional<ReviewCursor> after) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one case");
        }
        String queue = CustomerTable.reviewQueuePartition(tenant);
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(CustomerTable.GSI1)
                .keyConditionExpression("#queue = :queue")
                .expressionAttributeNames(Map.of("#queue", CustomerTable.GSI1_PK))
                .expressionAttributeValues(Map.of(":queue", s(queue))).limit(limit);
        after.ifPresent(cursor -> query.exclusiveStartKey(Map.of(CustomerTable.GSI1_PK, s(queue),
                CustomerTable.GSI1_SK, s(cursor.position()), ItemKeys.PK, s(ItemKeys.customer(tenant, cursor.customerId())),
                ItemKeys.SK, s(ItemKeys.caseSort(cursor.caseId())))));
        var response = dynamoDb.query(query.build());
        List<KycCase> page = response.items().stream().map(cases::fromItem)
                .filter(c -> c.tenant().equals(tenant) && c.state() == CaseState.IN_REVIEW).toList();
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() && !page.isEmpty();
        return new ReviewPage(page, more ? Optional.of(ReviewCursor.after(page.get(page.size() - 1))) : Optional.empty());
    }

    @Override
    public void forEachApprovedCase(Consumer<KycCase> sink) {
        dynamoDb.scanPaginator(r -> r.tableName(table).consistentRead(true)
                        .filterExpression("#type = :type AND #state = :approved")
                        .expressionAttributeNames(Map.of("#type", "type", "#state", "state"))
                        .expressionAttributeValues(Map.of(":type", s(CaseItems.TYPE),
                                ":approved", s(CaseState.APPROVED.name()))))
                .items().forEach(item -> sink.accept(cases.fromItem(item)));
    }

    private TransactWriteItem pointer(KycCase kycCase) {
        return put(Map.of(ItemKeys.PK, s(ItemKeys.pointer(kycCase.tenant(), kycCase.caseId())),
                ItemKeys.SK, s(ItemKeys.POINTER_SK), "type", s("KYC_CASE_POINTER"),
                "tenant", s(kycCase.tenant().value()), "customerId", s(kycCase.customerId())), ABSENT, Map.of(), Map.of());
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                                  Map<String, AttributeValue> values) {
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (condition != null) {
            put.conditionExpression(condition);
        }
        if (!names.isEmpty()) {
            put.expressionAttributeNames(names);
        }
        if (!values.isEmpty()) {
            put.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private static void requireNewer(KycCase kycCase, long readVersion) {
        if (kycCase.version() <= readVersion) {
            throw new IllegalArgumentException("an update writes a newer version than it read");
        }
    }

    private static boolean conditionFailed(TransactionCanceledException e) {
        return e.hasCancellationReasons()
                && e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()));
    }

    private static CaseConflictException concurrentChange() {
        return new CaseConflictException("the case was changed by another request; read it again and retry");
    }
}
