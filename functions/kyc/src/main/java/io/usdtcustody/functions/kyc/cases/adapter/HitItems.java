package io.usdtcustody.functions.kyc.cases.adapter;

import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.list;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.map;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.n;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.number;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.optionalNested;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.s;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.strings;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.text;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.textList;

import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.model.customers.CustomerTable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Screening hits as DynamoDB list attributes, in the one shape shared-model's {@link CustomerTable} names: a
 * case's review hits are written and read with it, and so is onboarding's screening on the customer item, which
 * the KYC decision reads ({@link #onboardingMatch}).
 */
final class HitItems {
    private HitItems() {
    }

    static AttributeValue write(List<ScreeningReview.Hit> hits) {
        return AttributeValue.fromL(hits.stream().map(hit -> map(Map.of(
                CustomerTable.HIT_ENTRY_ID, n(hit.entryId()), CustomerTable.HIT_PRIMARY_NAME, s(hit.primaryName()),
                CustomerTable.HIT_MATCHED_NAME, s(hit.matchedName()), CustomerTable.HIT_PROGRAMS, strings(hit.programs()),
                CustomerTable.HIT_SCORE, AttributeValue.fromN(Double.toString(hit.score())),
                CustomerTable.HIT_EXPLANATION, s(hit.explanation())))).toList());
    }

    static List<ScreeningReview.Hit> read(Map<String, AttributeValue> owner, String attribute) {
        return list(owner, attribute).stream().map(AttributeValue::m).map(hit -> new ScreeningReview.Hit(
                (int) number(hit, CustomerTable.HIT_ENTRY_ID), text(hit, CustomerTable.HIT_PRIMARY_NAME),
                text(hit, CustomerTable.HIT_MATCHED_NAME), textList(hit, CustomerTable.HIT_PROGRAMS),
                Double.parseDouble(hit.get(CustomerTable.HIT_SCORE).n()), text(hit, CustomerTable.HIT_EXPLANATION)))
                .toList();
    }

    /**
     * Onboarding's screening on its customer item, as a review with its hits and explanations, when it was a
     * match; empty when it was clear (or the item carries none).
     */
    static Optional<ScreeningReview> onboardingMatch(Map<String, AttributeValue> customerItem) {
        return optionalNested(customerItem, CustomerTable.SCREENING)
                .filter(screening -> CustomerTable.SCREENING_MATCH.equals(text(screening, CustomerTable.SCREENING_OUTCOME)))
                .map(screening -> new ScreeningReview(ScreeningReview.Trigger.ONBOARDING,
                        text(screening, CustomerTable.SCREENING_LIST_SOURCE),
                        read(screening, CustomerTable.SCREENING_HITS),
                        Instant.parse(text(screening, CustomerTable.SCREENING_SCREENED_AT))));
    }
}
