package io.usdtcustody.functions.kyc.lifecycle;

import io.usdtcustody.functions.kyc.cases.CaseConflictException;
import io.usdtcustody.functions.kyc.cases.CaseNotFoundException;
import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.Decision;
import io.usdtcustody.functions.kyc.cases.ExternalRef;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycDocument;
import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.ReviewCursor;
import io.usdtcustody.functions.kyc.cases.RiskProfile;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.cases.port.KycCaseStore;
import io.usdtcustody.functions.kyc.cases.port.ReviewPage;
import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.functions.kyc.vendor.KycVendor;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.ids.IdGenerator;
import io.usdtcustody.model.kyc.KycVendorApi.DocumentUpload;
import io.usdtcustody.model.kyc.KycVendorDecision;
import io.usdtcustody.model.kyc.VendorOutcome;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The KYC case lifecycle: open a case (an applicant at the vendor), add documents (each forwarded to the vendor;
 * the case keeps only what it needs), submit when the level's evidence is complete, and apply the vendor's
 * signed decision with a sanctions screen, onboarding's screen of the customer and a risk assessment
 * ({@link CaseDecider}): a customer onboarding flagged is never approved by the vendor, its case goes to review. Every change is one
 * conditional write; the vendor is called before it, so a failed call leaves the case as it was. A case sent to
 * review waits in its tenant's review queue until an analyst decides it ({@link #decideReview}).
 */
public final class KycCases {
    /** How long a customer has to complete an OPEN case. */
    public static final Duration OPEN_CASE_VALIDITY = Duration.ofDays(30);

    private final KycCaseStore store;
    private final KycVendor vendor;
    private final SanctionsScreening screening;
    private final CaseDecider decider;
    private final Clock clock;
    private final IdGenerator ids;

    public KycCases(KycCaseStore store, KycVendor vendor, SanctionsScreening screening, CaseDecider decider,
                    Clock clock, IdGenerator ids) {
        this.store = store;
        this.vendor = vendor;
        this.screening = screening;
        this.decider = decider;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Opens a case for an existing customer. A periodic review needs a verified customer; an onboarding case
     * needs one that is not verified and has no other case in progress.
     */
    public KycCase open(TenantId tenant, String customerId, CasePurpose purpose, KycLevel level, RiskProfile profile) {
        if (purpose == CasePurpose.SANCTIONS_REVIEW) {
            throw PlatformException.validation("the request is not valid",
                    List.of(new FieldError("purpose", "sanctions reviews are opened by screening, not by request")));
        }
        if (!store.customerExists(tenant, customerId)) {
            throw new CaseNotFoundException("the customer");
        }
        Instant now = clock.instant();
        boolean verified = store.standing(tenant, customerId)
                .filter(standing -> standing.status() == KycStandingStatus.VERIFIED).isPresent();
        if ((purpose == CasePurpose.PERIODIC_REVIEW) != verified) {
            throw new CaseConflictException(verified ? "the customer is verified; open a PERIODIC_REVIEW case"
                    : "only a verified customer has periodic reviews");
        }
        if (store.casesOf(tenant, customerId).stream().map(c -> c.asOf(now).state())
                .anyMatch(state -> state == CaseState.OPEN || state == CaseState.SUBMITTED)) {
            throw new CaseConflictException("the customer already has a case in progress");
        }
        String caseId = ids.nextId().toString();
        String applicantId = vendor.createApplicant(ExternalRef.of(tenant, customerId, caseId), level);
        KycCase opened = KycCase.open(tenant, caseId, customerId, purpose, level, profile, applicantId, now,
                now.plus(OPEN_CASE_VALIDITY));
        store.create(opened);
        return opened;
    }

    /** The case as it stands now. */
    public KycCase get(TenantId tenant, String caseId) {
        return store.find(tenant, caseId).orElseThrow(() -> new CaseNotFoundException("the case")).asOf(clock.instant());
    }

    /** Adds a document; when it completes the level's evidence the case is submitted to the vendor. */
    public KycCase addDocument(TenantId tenant, String caseId, NewDocument document) {
        Instant now = clock.instant();
        KycCase current = get(tenant, caseId);
        if (current.state() != CaseState.OPEN) {
            throw new CaseConflictException("documents can only be added while the case is OPEN; it is "
                    + current.state());
        }
        if (current.documents().stream().anyMatch(d -> d.type() == document.type())) {
            throw new CaseConflictException("the case already has a " + document.type() + " document");
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (document.identity().map(identity -> identity.expiredOn(today)).orElse(false)) {
            throw PlatformException.validation("the document cannot be used",
                    List.of(new FieldError("mrz.expiryDate", "the document has expired")));
        }
        String applicantId = current.vendorApplicantId()
                .orElseThrow(() -> new CaseConflictException("the case has no vendor applicant"));
        String documentId = ids.nextId().toString();
        String vendorDocumentId = vendor.uploadDocument(applicantId, new DocumentUpload(documentId,
                document.type().name(), document.mrzLines(), document.fileReference().orElse("")));
        KycCase updated = current.withDocument(new KycDocument(documentId, document.type(), document.identity(),
                document.fileReference(), vendorDocumentId, now), now);
        if (updated.missingEvidence().isEmpty()) {
            vendor.requestReview(applicantId);
            updated = updated.submitted(now);
        }
        store.update(updated, current.version());
        return updated;
    }

    /** Applies a verified vendor decision to the case its reference names. */
    public VendorEventResult applyVendorDecision(KycVendorDecision decision) {
        ExternalRef.Parts ref = ExternalRef.parse(decision.externalRef())
                .orElseThrow(() -> new CaseNotFoundException("the referenced case"));
        KycCase current = store.find(ref.tenant(), ref.customerId(), ref.caseId())
                .orElseThrow(() -> new CaseNotFoundException("the referenced case"));
        Instant now = clock.instant();
        if (current.vendorEventIds().contains(decision.eventId())) {
            return new VendorEventResult(VendorEventResult.Status.DUPLICATE, current.asOf(now));
        }
        if (!current.vendorApplicantId().equals(Optional.of(decision.applicantId()))) {
            throw new CaseConflictException("the applicant does not belong to the referenced case");
        }
        if (current.state() == CaseState.OPEN) {
            // the submit may not be written yet: the vendor retries on 409
            throw new CaseConflictException("the case has not been submitted");
        }
        if (current.state() != CaseState.SUBMITTED) {
            KycCase recorded = current.withVendorEvent(decision.eventId(), now);
            store.update(recorded, current.version());
            return new VendorEventResult(VendorEventResult.Status.IGNORED, recorded);
        }
        Optional<ScreeningReview> screened = decision.outcome() == VendorOutcome.APPROVED
                ? current.identity().map(person -> screening.screen(person, ScreeningReview.Trigger.CASE_DECISION, now))
                : Optional.empty();
        CaseDecider.Outcome outcome = decider.decide(current, decision.outcome(), decision.reasons(),
                "vendor:" + vendor.name(), screened, store.onboardingScreeningMatch(ref.tenant(), ref.customerId()), now);
        KycCase decided = current.decided(outcome.decision(), outcome.screening(), outcome.risk(),
                Optional.of(decision.eventId()), now);
        store.update(decided, KycStanding.of(decided), current.version());
        return new VendorEventResult(VendorEventResult.Status.APPLIED, decided);
    }

    /** A page of the tenant's review queue: its cases IN_REVIEW, oldest first. */
    public ReviewPage inReview(TenantId tenant, int limit, Optional<ReviewCursor> after) {
        return store.inReview(tenant, limit, after);
    }

    /**
     * An analyst's decision of a case IN_REVIEW: the case is APPROVED or REJECTED with the analyst's reason and
     * note, and the customer's standing becomes VERIFIED or REJECTED with it, in one write.
     *
     * @throws CaseConflictException when the case is not IN_REVIEW (or was decided concurrently)
     */
    public KycCase decideReview(TenantId tenant, String caseId, AnalystDecision analystDecision) {
        KycCase current = get(tenant, caseId);
        if (current.state() != CaseState.IN_REVIEW) {
            throw new CaseConflictException("only a case IN_REVIEW takes an analyst's decision; it is " + current.state());
        }
        Instant now = clock.instant();
        KycCase decided = current.decided(Decision.byAnalyst(analystDecision.outcome(), analystDecision.reason(),
                analystDecision.note(), analystDecision.analyst(), now), Optional.empty(), Optional.empty(),
                Optional.empty(), now);
        store.update(decided, KycStanding.of(decided), current.version());
        return decided;
    }
}
