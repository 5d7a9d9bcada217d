package io.usdtcustody.functions.onboarding.customer.adapter;

import static io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys.GSI1_PK;
import static io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys.GSI1_SK;
import static io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys.PK;
import static io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys.PROFILE_VERSION;
import static io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys.SK;
import static io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys.TENANT;

import io.usdtcustody.functions.onboarding.customer.Customer;
import io.usdtcustody.functions.onboarding.customer.CustomerStatus;
import io.usdtcustody.functions.onboarding.customer.PartyType;
import io.usdtcustody.functions.onboarding.screening.ScreeningHit;
import io.usdtcustody.functions.onboarding.screening.ScreeningResult;
import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A customer as its DynamoDB item and back, attribute by attribute (no reflective mapper: cold start). Besides
 * the keys ({@link CustomerKeys}): {@code type} {@code CUSTOMER}, {@code tenant}, {@code customerId},
 * {@code partyType} PERSON|COMPANY, {@code name}, {@code dateOfBirth} (ISO date, persons only), {@code country}
 * (ISO 3166-1 alpha-2), {@code status} ACTIVE|REVIEW, {@code screening} (map, see {@link ScreeningResult}; the KYC
 * function reads it, so its attribute names are shared-model's {@link CustomerTable}),
 * {@code profileVersion} N, {@code createdAt} ISO instant.
 */
final class CustomerItems {
    static final String TYPE = "CUSTOMER";

    private CustomerItems() {
    }

    static Map<String, AttributeValue> toItem(Customer c) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(CustomerKeys.partition(c.tenant(), c.customerId())));
        item.put(SK, s(CustomerKeys.CUSTOMER_SK));
        item.put(GSI1_PK, s(CustomerKeys.tenantIndexPartition(c.tenant())));
        item.put(GSI1_SK, s("CUSTOMER#" + CustomerKeys.sortableTime(c.createdAt()) + "#" + c.customerId()));
        item.put("type", s(TYPE));
        item.put(TENANT, s(c.tenant().value()));
        item.put("customerId", s(c.customerId()));
        item.put("partyType", s(c.type().name()));
        item.put("name", s(c.name()));
        c.dateOfBirth().ifPresent(dob -> item.put("dateOfBirth", s(dob.toString())));
        item.put("country", s(c.country()));
        item.put("status", s(c.status().name()));
        item.put(CustomerTable.SCREENING, screening(c.screening()));
        item.put(PROFILE_VERSION, AttributeValue.fromN(Integer.toString(c.profileVersion())));
        item.put("createdAt", s(c.createdAt().toString()));
        return item;
    }

    static Customer fromItem(Map<String, AttributeValue> item) {
        return new Customer(TenantId.of(item.get(TENANT).s()), item.get("customerId").s(),
                PartyType.valueOf(item.get("partyType").s()), item.get("name").s(),
                Optional.ofNullable(item.get("dateOfBirth")).map(v -> LocalDate.parse(v.s())),
                item.get("country").s(), CustomerStatus.valueOf(item.get("status").s()),
                screening(item.get(CustomerTable.SCREENING).m()), Integer.parseInt(item.get(PROFILE_VERSION).n()),
                Instant.parse(item.get("createdAt").s()));
    }

    private static AttributeValue screening(ScreeningResult result) {
        List<AttributeValue> hits = result.hits().stream().map(hit -> AttributeValue.fromM(Map.of(
                CustomerTable.HIT_ENTRY_ID, AttributeValue.fromN(Integer.toString(hit.entryId())),
                CustomerTable.HIT_PRIMARY_NAME, s(hit.primaryName()),
                CustomerTable.HIT_MATCHED_NAME, s(hit.matchedName()),
                CustomerTable.HIT_PROGRAMS, AttributeValue.fromL(hit.programs().stream().map(CustomerItems::s).toList()),
                CustomerTable.HIT_SCORE, AttributeValue.fromN(Double.toString(hit.score())),
                CustomerTable.HIT_EXPLANATION, s(hit.explanation())))).toList();
        return AttributeValue.fromM(Map.of(
                CustomerTable.SCREENING_OUTCOME, s(result.outcome().name()),
                CustomerTable.SCREENING_LIST_SOURCE, s(result.listSource()),
                CustomerTable.SCREENING_THRESHOLD, AttributeValue.fromN(Double.toString(result.threshold())),
                CustomerTable.SCREENING_SCREENED_AT, s(result.screenedAt().toString()),
                CustomerTable.SCREENING_HITS, AttributeValue.fromL(hits)));
    }

    private static ScreeningResult screening(Map<String, AttributeValue> map) {
        List<ScreeningHit> hits = map.get(CustomerTable.SCREENING_HITS).l().stream().map(AttributeValue::m)
                .map(hit -> new ScreeningHit(Integer.parseInt(hit.get(CustomerTable.HIT_ENTRY_ID).n()),
                        hit.get(CustomerTable.HIT_PRIMARY_NAME).s(), hit.get(CustomerTable.HIT_MATCHED_NAME).s(),
                        hit.get(CustomerTable.HIT_PROGRAMS).l().stream().map(AttributeValue::s).toList(),
                        Double.parseDouble(hit.get(CustomerTable.HIT_SCORE).n()),
                        hit.get(CustomerTable.HIT_EXPLANATION).s())).toList();
        return new ScreeningResult(ScreeningResult.Outcome.valueOf(map.get(CustomerTable.SCREENING_OUTCOME).s()),
                map.get(CustomerTable.SCREENING_LIST_SOURCE).s(),
                Double.parseDouble(map.get(CustomerTable.SCREENING_THRESHOLD).n()),
                Instant.parse(map.get(CustomerTable.SCREENING_SCREENED_AT).s()), hits);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
