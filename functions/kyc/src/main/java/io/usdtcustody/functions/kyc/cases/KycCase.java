package io.usdtcustody.functions.kyc.cases;

import io.usdtcustody.functions.kyc.risk.CustomerRiskSnapshot;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A KYC case of one customer under one tenant, and the only way it changes: each transition checks the state
 * machine ({@link CaseState}) and returns the next version of the case. {@code version} counts changes; the store
 * writes a changed case only over the version it was read at, so concurrent changes cannot overwrite each other.
 * {@code vendorEventIds} are the vendor webhook events already applied (each event changes a case once).
 */
public record KycCase(TenantId tenant, String caseId, String customerId, CasePurpose purpose, KycLevel level,
                      CaseState state, RiskProfile riskProfile, List<KycDocument> documents,
                      Optional<String> vendorApplicantId, Optional<ScreeningReview> review,
                      Optional<Decision> decision, Optional<CustomerRiskSnapshot> risk, Optional<String> relatedCaseId,
                      Set<String> vendorEventIds, Instant createdAt, Instant updatedAt, Instant expiresAt,
                      long version) {
    public static final int MAX_DOCUMENTS = 8;
    /** Vendor events one case will take; a real case sees two or three. */
    public static final int MAX_VENDOR_EVENTS = 20;

    public KycCase {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(riskProfile, "riskProfile");
        documents = List.copyOf(documents);
        Objects.requireNonNull(vendorApplicantId, "vendorApplicantId");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(relatedCaseId, "relatedCaseId");
        vendorEventIds = Set.copyOf(vendorEventIds);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        if (documents.size() > MAX_DOCUMENTS || vendorEventIds.size() > MAX_VENDOR_EVENTS) {
            throw new IllegalArgumentException("a case holds at most " + MAX_DOCUMENTS + " documents and "
                    + MAX_VENDOR_EVENTS + " vendor events");
        }
    }

    /** A new case collecting documents, its applicant already created at the vendor. */
    public static KycCase open(TenantId tenant, String caseId, String customerId, CasePurpose purpose, KycLevel level,
                               RiskProfile riskProfile, String vendorApplicantId, Instant now, Instant expiresAt) {
        return new KycCase(tenant, caseId, customerId, purpose, level, CaseState.OPEN, riskProfile, List.of(),
                Optional.of(vendorApplicantId), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(), now, now, expiresAt, 1);
    }

    /**
     * A sanctions review of a verified customer, opened IN_REVIEW by a list update: it carries the approved case's
     * documents, risk and profile (what the analyst reviews) and the new hits; no vendor is involved.
     */
    public static KycCase sanctionsReview(KycCase approved, String caseId, ScreeningReview hits, Instant now) {
        if (approved.state() != CaseState.APPROVED) {
            throw new IllegalArgumentException("a sanctions review follows an approved case");
        }
        Decision toReview = new Decision(CaseState.IN_REVIEW, List.of(ReasonCode.SANCTIONS_LIST_UPDATE), List.of(),
                "platform", now);
        return new KycCase(approved.tenant(), caseId, approved.customerId(), CasePurpose.SANCTIONS_REVIEW,
                approved.level(), CaseState.IN_REVIEW, approved.riskProfile(), approved.documents(), Optional.empty(),
                Optional.of(hits), Optional.of(toReview), approved.risk(), Optional.of(approved.caseId()), Set.of(),
                now, now, now, 1);
    }

    /** The case as it stands at {@code now}: an OPEN case past its expiry reads as EXPIRED. */
    public KycCase asOf(Instant now) {
        if (state == CaseState.OPEN && !now.isBefore(expiresAt)) {
            return with(CaseState.EXPIRED, documents, decision, review, risk, vendorEventIds, updatedAt, version);
        }
        return this;
    }

    /** Adds a document to an OPEN case (one per type). */
    public KycCase withDocument(KycDocument document, Instant now) {
        requireState(now, CaseState.OPEN, "documents can only be added while the case is OPEN");
        if (documents.stream().anyMatch(d -> d.type() == document.type())) {
            throw new CaseConflictException("the case already has a " + document.type() + " document");
        }
        if (documents.size() >= MAX_DOCUMENTS) {
            throw new CaseConflictException("the case holds at most " + MAX_DOCUMENTS + " documents");
        }
        List<KycDocument> more = new ArrayList<>(documents);
        more.add(document);
        return with(state, more, decision, review, risk, vendorEventIds, now, version + 1);
    }

    /** The evidence the level still needs. */
    public Set<DocumentType.Evidence> missingEvidence() {
        Set<DocumentType.Evidence> missing = EnumSet.noneOf(DocumentType.Evidence.class);
        missing.addAll(level.required());
        documents.forEach(document -> missing.remove(document.type().evidence()));
        return missing;
    }

    /** OPEN → SUBMITTED, once every piece of evidence is there (the vendor has been asked to review). */
    public KycCase submitted(Instant now) {
        requireState(now, CaseState.OPEN, "only an OPEN case can be submitted");
        if (!missingEvidence().isEmpty()) {
            throw new CaseConflictException("the case still needs " + missingEvidence());
        }
        return with(CaseState.SUBMITTED, documents, decision, review, risk, vendorEventIds, now, version + 1);
    }

    /**
     * Records a decision on a SUBMITTED case (the vendor's result after screening and risk), or an analyst's
     * decision on a case IN_REVIEW; {@code eventId} is the vendor event that caused it, if any.
     */
    public KycCase decided(Decision decided, Optional<ScreeningReview> screening, Optional<CustomerRiskSnapshot> assessed,
                           Optional<String> eventId, Instant now) {
        if (!state.canMoveTo(decided.outcome())) {
            throw new CaseConflictException("a " + state + " case cannot become " + decided.outcome());
        }
        return with(decided.outcome(), documents, Optional.of(decided), screening.or(() -> review),
                assessed.or(() -> risk), withEvent(eventId), now, version + 1);
    }

    /** Records a vendor event that changes nothing else (e.g. a late decision for a case already decided). */
    public KycCase withVendorEvent(String eventId, Instant now) {
        return with(state, documents, decision, review, risk, withEvent(Optional.of(eventId)), now, version + 1);
    }

    /** The identity data of the case's identity document, if it has one. */
    public Optional<IdentityData> identity() {
        return documents.stream().flatMap(d -> d.identity().stream()).findFirst();
    }

    /** The opaque reference the vendor returns in its webhook: tenant, customer and case. */
    public String externalRef() {
        return ExternalRef.of(tenant, customerId, caseId);
    }

    private Set<String> withEvent(Optional<String> eventId) {
        if (eventId.isEmpty()) {
            return vendorEventIds;
        }
        if (vendorEventIds.size() >= MAX_VENDOR_EVENTS) {
            throw new CaseConflictException("the case has taken all the vendor events it will take");
        }
        Set<String> events = new LinkedHashSet<>(vendorEventIds);
        events.add(eventId.get());
        return events;
    }

    private void requireState(Instant now, CaseState required, String detail) {
        CaseState current = asOf(now).state();
        if (current != required) {
            throw new CaseConflictException(detail + "; it is " + current);
        }
    }

    private KycCase with(CaseState newState, List<KycDocument> newDocuments, Optional<Decision> newDecision,
                         Optional<ScreeningReview> newReview, Optional<CustomerRiskSnapshot> newRisk,
                         Set<String> newEvents, Instant newUpdatedAt, long newVersion) {
        return new KycCase(tenant, caseId, customerId, purpose, level, newState, riskProfile, newDocuments,
                vendorApplicantId, newReview, newDecision, newRisk, relatedCaseId, newEvents, createdAt, newUpdatedAt,
                expiresAt, newVersion);
    }

    @Override
    public String toString() {
        return "KycCase[" + tenant + "/" + caseId + " " + state + " v" + version + "]";
    }
}
