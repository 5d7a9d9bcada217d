package io.usdtcustody.functions.kyc.cases.adapter;

import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.list;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.map;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.n;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.nested;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.number;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.optionalNested;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.optionalText;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.s;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.strings;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.text;
import static io.usdtcustody.functions.kyc.cases.adapter.Attributes.textList;

import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.Decision;
import io.usdtcustody.functions.kyc.cases.DocumentType;
import io.usdtcustody.functions.kyc.cases.IdentityData;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycDocument;
import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import io.usdtcustody.functions.kyc.cases.ReviewCursor;
import io.usdtcustody.functions.kyc.cases.RiskProfile;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.risk.PepStatus;
import io.usdtcustody.functions.kyc.risk.Product;
import io.usdtcustody.functions.kyc.risk.VolumeBand;
import io.usdtcustody.model.customers.CustomerTable;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A KYC case as a DynamoDB item and back, attribute by attribute (no reflection-based mapper: cold start). The
 * risk snapshot is stored as the JSON {@code CustomerRiskSnapshot} documents ({@link RiskJson}). A case IN_REVIEW
 * also carries the index keys of its tenant's review queue ({@code CustomerTable.reviewQueuePartition}).
 */
final class CaseItems {
    static final String TYPE = "KYC_CASE";
    private final RiskJson riskJson;

    CaseItems(RiskJson riskJson) {
        this.riskJson = riskJson;
    }

    Map<String, AttributeValue> toItem(KycCase c) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ItemKeys.PK, s(ItemKeys.customer(c.tenant(), c.customerId())));
        item.put(ItemKeys.SK, s(ItemKeys.caseSort(c.caseId())));
        item.put("type", s(TYPE));
        item.put("tenant", s(c.tenant().value()));
        item.put("customerId", s(c.customerId()));
        item.put("caseId", s(c.caseId()));
        item.put("purpose", s(c.purpose().name()));
        item.put("level", s(c.level().name()));
        item.put("state", s(c.state().name()));
        item.put("version", n(c.version()));
        item.put("createdAt", s(c.createdAt().toString()));
        item.put("updatedAt", s(c.updatedAt().toString()));
        item.put("expiresAt", s(c.expiresAt().toString()));
        item.put("riskProfile", map(Map.of("countryOfResidence", s(c.riskProfile().countryOfResidence()),
                "pep", s(c.riskProfile().pep().name()), "product", s(c.riskProfile().product().name()),
                "expectedMonthlyVolume", s(c.riskProfile().expectedMonthlyVolume().name()))));
        item.put("documents", AttributeValue.fromL(c.documents().stream().map(CaseItems::document).toList()));
        c.vendorApplicantId().ifPresent(id -> item.put("vendorApplicantId", s(id)));
        c.review().ifPresent(review -> item.put("review", review(review)));
        c.decision().ifPresent(decision -> item.put("decision", decision(decision)));
        c.risk().ifPresent(risk -> item.put("risk", s(riskJson.write(risk))));
        c.relatedCaseId().ifPresent(id -> item.put("relatedCaseId", s(id)));
        item.put("vendorEventIds", strings(List.copyOf(c.vendorEventIds())));
        if (c.state() == CaseState.IN_REVIEW) {
            // the tenant's review queue: a sparse index entry that the next write of the decided case drops
            item.put(CustomerTable.GSI1_PK, s(CustomerTable.reviewQueuePartition(c.tenant())));
            item.put(CustomerTable.GSI1_SK, s(ReviewCursor.after(c).position()));
        }
        return item;
    }

    KycCase fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> profile = nested(item, "riskProfile");
        return new KycCase(TenantId.of(text(item, "tenant")), text(item, "caseId"), text(item, "customerId"),
                CasePurpose.valueOf(text(item, "purpose")), KycLevel.valueOf(text(item, "level")),
                CaseState.valueOf(text(item, "state")),
                new RiskProfile(text(profile, "countryOfResidence"), PepStatus.valueOf(text(profile, "pep")),
                        Product.valueOf(text(profile, "product")),
                        VolumeBand.valueOf(text(profile, "expectedMonthlyVolume"))),
                list(item, "documents").stream().map(value -> document(value.m())).toList(),
                optionalText(item, "vendorApplicantId"),
                optionalNested(item, "review").map(CaseItems::review),
                optionalNested(item, "decision").map(CaseItems::decision),
                optionalText(item, "risk").map(riskJson::read),
                optionalText(item, "relatedCaseId"),
                new LinkedHashSet<>(textList(item, "vendorEventIds")),
                Instant.parse(text(item, "createdAt")), Instant.parse(text(item, "updatedAt")),
                Instant.parse(text(item, "expiresAt")), number(item, "version"));
    }

    private static AttributeValue document(KycDocument d) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("documentId", s(d.documentId()));
        m.put("type", s(d.type().name()));
        m.put("vendorDocumentId", s(d.vendorDocumentId()));
        m.put("addedAt", s(d.addedAt().toString()));
        d.fileReference().ifPresent(reference -> m.put("fileReference", s(reference)));
        d.identity().ifPresent(identity -> m.put("identity", map(Map.of(
                "documentCode", s(identity.documentCode()), "issuingState", s(identity.issuingState()),
                "documentNumber", s(identity.documentNumber()), "nationality", s(identity.nationality()),
                "surname", s(identity.surname()), "givenNames", s(identity.givenNames()),
                "birthDate", s(identity.birthDate().toString()), "expiryDate", s(identity.expiryDate().toString())))));
        return map(m);
    }

    private static KycDocument document(Map<String, AttributeValue> m) {
        Optional<IdentityData> identity = optionalNested(m, "identity").map(i -> new IdentityData(
                text(i, "documentCode"), text(i, "issuingState"), text(i, "documentNumber"), text(i, "nationality"),
                text(i, "surname"), text(i, "givenNames"), LocalDate.parse(text(i, "birthDate")),
                LocalDate.parse(text(i, "expiryDate"))));
        return new KycDocument(text(m, "documentId"), DocumentType.valueOf(text(m, "type")), identity,
                optionalText(m, "fileReference"), text(m, "vendorDocumentId"), Instant.parse(text(m, "addedAt")));
    }

    private static AttributeValue review(ScreeningReview review) {
        return map(Map.of("trigger", s(review.trigger().name()), "listSource", s(review.listSource()),
                "screenedAt", s(review.screenedAt().toString()), "hits", HitItems.write(review.hits())));
    }

    private static ScreeningReview review(Map<String, AttributeValue> m) {
        return new ScreeningReview(ScreeningReview.Trigger.valueOf(text(m, "trigger")), text(m, "listSource"),
                HitItems.read(m, "hits"), Instant.parse(text(m, "screenedAt")));
    }

    private static AttributeValue decision(Decision decision) {
        Map<String, AttributeValue> m = new HashMap<>(Map.of("outcome", s(decision.outcome().name()),
                "reasons", strings(decision.reasons().stream().map(Enum::name).toList()),
                "vendorReasons", strings(decision.vendorReasons()), "decidedBy", s(decision.decidedBy()),
                "decidedAt", s(decision.decidedAt().toString())));
        decision.note().ifPresent(note -> m.put("note", s(note)));
        return map(m);
    }

    private static Decision decision(Map<String, AttributeValue> m) {
        return new Decision(CaseState.valueOf(text(m, "outcome")),
                textList(m, "reasons").stream().map(ReasonCode::valueOf).toList(), textList(m, "vendorReasons"),
                text(m, "decidedBy"), Instant.parse(text(m, "decidedAt")), optionalText(m, "note"));
    }
}
