package io.usdtcustody.functions.kyc.cases.port;

import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the daily periodic review reads and writes: the verified standings whose review is due, the case a
 * standing names, and one atomic write that opens the review case and expires the standing, only if the case is
 * new and the standing is still the one that fell due (so a run repeated the same day, or racing a decision,
 * changes nothing). Platform-wide, never used to answer a tenant's request.
 */
public interface PeriodicReviewStore {

    /** Every VERIFIED standing, of every tenant, whose {@code reviewDueOn} is on or before {@code day}. */
    void forEachDue(LocalDate day, Consumer<KycStanding> sink);

    /** A case by customer and id. */
    Optional<KycCase> find(TenantId tenant, String customerId, String caseId);

    /**
     * Creates {@code reviewCase} (version 1, with its pointer) and replaces the standing {@code due} by
     * {@code expired}, atomically; false, and nothing written, when a case of that id exists or the stored standing
     * is no longer VERIFIED on {@code due}'s case.
     */
    boolean openReview(KycCase reviewCase, KycStanding expired, KycStanding due);
}
