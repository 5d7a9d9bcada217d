package io.usdtcustody.functions.kyc.cases.adapter;

import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.optionalText;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.s;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.text;

import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A customer's KYC standing as the item {@code sk = KYC} in its collection. Besides the risk snapshot (JSON, as
 * {@code CustomerRiskSnapshot} documents) it repeats {@code tier} and the two limits as top-level attributes, so
 * a reader that needs only those (custody's policy engine, a report) does not parse JSON.
 */
final class StandingItems {
    static final String TYPE = "KYC_STANDING";
    private final RiskJson riskJson;

    StandingItems(RiskJson riskJson) {
        this.riskJson = riskJson;
    }

    Map<String, AttributeValue> toItem(KycStanding standing) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ItemKeys.PK, s(ItemKeys.customer(standing.tenant(), standing.customerId())));
        item.put(ItemKeys.SK, s(ItemKeys.STANDING_SK));
        item.put("type", s(TYPE));
        item.put(CustomerTable.TENANT, s(standing.tenant().value()));
        item.put("customerId", s(standing.customerId()));
        item.put(CustomerTable.STANDING_STATUS, s(standing.status().name()));
        item.put("caseId", s(standing.caseId()));
        item.put("level", s(standing.level().name()));
        item.put("updatedAt", s(standing.updatedAt().toString()));
        standing.reviewDueOn().ifPresent(day -> item.put("reviewDueOn", s(day.toString())));
        standing.risk().ifPresent(risk -> {
            item.put("risk", s(riskJson.write(risk)));
            item.put("tier", s(risk.tier().name()));
            item.put("perTransactionLimitUsdt", s(risk.perTransactionLimitUsdt()));
            item.put("rolling24hLimitUsdt", s(risk.rolling24hLimitUsdt()));
        });
        return item;
    }

    KycStanding fromItem(Map<String, AttributeValue> item) {
        return new KycStanding(TenantId.of(text(item, CustomerTable.TENANT)), text(item, "customerId"),
                KycStandingStatus.valueOf(text(item, CustomerTable.STANDING_STATUS)), text(item, "caseId"),
                KycLevel.valueOf(text(item, "level")), optionalText(item, "risk").map(riskJson::read),
                optionalText(item, "reviewDueOn").map(LocalDate::parse), Instant.parse(text(item, "updatedAt")));
    }
}
