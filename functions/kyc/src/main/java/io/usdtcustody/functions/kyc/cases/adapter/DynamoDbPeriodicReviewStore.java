package io.usdtcustody.functions.kyc.cases.adapter;

import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.s;

import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.port.PeriodicReviewStore;
import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The periodic review's store on the customers table, with the case store's item layout ({@link ItemKeys}; cases
 * are read through {@link DynamoDbKycCaseStore}): due standings by a filtered scan (a daily job over every tenant;
 * ISO dates compare as text), and the review opened by one transaction of three puts: the case and its pointer
 * only if absent, the standing only while it is VERIFIED on the case that fell due.
 */
public final class DynamoDbPeriodicReviewStore implements PeriodicReviewStore {
    private static final String ABSENT = "attribute_not_exists(pk)";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final DynamoDbKycCaseStore caseStore;
    private final CaseItems cases;
    private final StandingItems standings;

    public DynamoDbPeriodicReviewStore(DynamoDbClient dynamoDb, String table, JsonCodec codec) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.caseStore = new DynamoDbKycCaseStore(dynamoDb, table, codec);
        RiskJson riskJson = new RiskJson(codec);
        this.cases = new CaseItems(riskJson);
        this.standings = new StandingItems(riskJson);
    }

    @Override
    public void forEachDue(LocalDate day, Consumer<KycStanding> sink) {
        dynamoDb.scanPaginator(r -> r.tableName(table).consistentRead(true)
                        .filterExpression("#type = :type AND #status = :verified AND reviewDueOn <= :day")
                        .expressionAttributeNames(Map.of("#type", CustomerTable.TYPE, "#status", CustomerTable.STANDING_STATUS))
                        .expressionAttributeValues(Map.of(":type", s(StandingItems.TYPE),
                                ":verified", s(KycStandingStatus.VERIFIED.name()), ":day", s(day.toString()))))
                .items().forEach(item -> sink.accept(standings.fromItem(item)));
    }

    @Override
    public Optional<KycCase> find(TenantId tenant, String customerId, String caseId) {
        return caseStore.find(tenant, customerId, caseId);
    }

    @Override
    public boolean openReview(KycCase reviewCase, KycStanding expired, KycStanding due) {
        if (reviewCase.version() != 1) {
            throw new IllegalArgumentException("a new case is version 1");
        }
        Map<String, AttributeValue> pointer = Map.of(
                ItemKeys.PK, s(ItemKeys.pointer(reviewCase.tenant(), reviewCase.caseId())), ItemKeys.SK, s(ItemKeys.POINTER_SK),
                CustomerTable.TYPE, s("KYC_CASE_POINTER"), CustomerTable.TENANT, s(reviewCase.tenant().value()),
                "customerId", s(reviewCase.customerId()));
        TransactWriteItem standing = TransactWriteItem.builder().put(p -> p.tableName(table)
                .item(standings.toItem(expired))
                .conditionExpression("#status = :verified AND caseId = :dueCase")
                .expressionAttributeNames(Map.of("#status", CustomerTable.STANDING_STATUS))
                .expressionAttributeValues(Map.of(":verified", s(KycStandingStatus.VERIFIED.name()),
                        ":dueCase", s(due.caseId())))).build();
        try {
            dynamoDb.transactWriteItems(t -> t.transactItems(newItem(cases.toItem(reviewCase)), newItem(pointer), standing));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.hasCancellationReasons()
                    && e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                return false;
            }
            throw e;
        }
    }

    private TransactWriteItem newItem(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression(ABSENT)).build();
    }
}
