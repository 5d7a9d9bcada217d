package io.usdtcustody.functions.kyc.lifecycle;

import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.ExternalRef;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.port.PeriodicReviewStore;
import io.usdtcustody.functions.kyc.vendor.KycVendor;
import io.usdtcustody.functions.kyc.vendor.VendorUnavailableException;
import io.usdtcustody.model.customers.KycStandingStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The daily periodic review: every verified customer whose review date (from its risk tier) has come gets a
 * PERIODIC_REVIEW case, OPEN at the vendor like any case, at the level and with the risk profile of the case that
 * verified it, and its standing becomes EXPIRED (no new business) until that case is decided, in one write. The
 * case id is derived from the customer and the due date, and the write only happens while the standing is still the
 * one that fell due, so running the job twice the same day (a retry, two schedules) opens one case. The day is the
 * injected clock's UTC date.
 */
public final class PeriodicReview {
    private final PeriodicReviewStore store;
    private final KycVendor vendor;
    private final Clock clock;

    public PeriodicReview(PeriodicReviewStore store, KycVendor vendor, Clock clock) {
        this.store = store;
        this.vendor = vendor;
        this.clock = clock;
    }

    /**
     * How a run went: standings due, review cases opened, already open (a repeated run), and not opened because the
     * vendor could not be reached or the verifying case is missing (tried again on the next run).
     */
    public record Result(LocalDate day, int due, int opened, int alreadyOpen, int failed) {
    }

    public Result run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<KycStanding> due = new ArrayList<>();
        store.forEachDue(today, due::add);
        int opened = 0;
        int alreadyOpen = 0;
        int failed = 0;
        for (KycStanding standing : due) {
            String caseId = caseId(standing);
            if (store.find(standing.tenant(), standing.customerId(), caseId).isPresent()) {
                alreadyOpen++;
                continue;
            }
            var verifying = store.find(standing.tenant(), standing.customerId(), standing.caseId());
            if (verifying.isEmpty()) {
                failed++;
                continue;
            }
            String applicantId;
            try {
                applicantId = vendor.createApplicant(ExternalRef.of(standing.tenant(), standing.customerId(), caseId),
                        standing.level());
            } catch (VendorUnavailableException e) {
                failed++;
                continue;
            }
            KycCase review = KycCase.open(standing.tenant(), caseId, standing.customerId(), CasePurpose.PERIODIC_REVIEW,
                    standing.level(), verifying.get().riskProfile(), applicantId, now,
                    now.plus(KycCases.OPEN_CASE_VALIDITY));
            KycStanding expired = new KycStanding(standing.tenant(), standing.customerId(), KycStandingStatus.EXPIRED,
                    caseId, standing.level(), standing.risk(), standing.reviewDueOn(), now);
            if (store.openReview(review, expired, standing)) {
                opened++;
            } else {
                alreadyOpen++;
            }
        }
        return new Result(today, due.size(), opened, alreadyOpen, failed);
    }

    /** One id per customer and due date: the same review, however often the job runs. */
    static String caseId(KycStanding standing) {
        String key = standing.tenant().value() + "|" + standing.customerId() + "|"
                + standing.reviewDueOn().map(LocalDate::toString).orElse("");
        return "pr-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
