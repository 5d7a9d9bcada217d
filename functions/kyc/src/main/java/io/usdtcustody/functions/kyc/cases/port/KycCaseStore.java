package io.usdtcustody.functions.kyc.cases.port;

import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycStanding;
import io.usdtcustody.functions.kyc.cases.ReviewCursor;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where KYC cases and customers' standings live. Every read and write is scoped by tenant: a case of another
 * tenant is simply not there. Writes are conditional: {@link #create} only when the case id is new,
 * {@link #update} only over the version it was read at (else {@code CaseConflictException}), so a lost race
 * changes nothing. A decision's case and the customer's standing are written together or not at all.
 */
public interface KycCaseStore {

    /** Whether the customer exists under the tenant (onboarding created it). */
    boolean customerExists(TenantId tenant, String customerId);

    /**
     * What onboarding's sanctions screen found when it created the customer (its customer item), when that was a
     * match: the hits with their explanations. Empty when it was clear, or the tenant has no such customer.
     */
    Optional<ScreeningReview> onboardingScreeningMatch(TenantId tenant, String customerId);

    /** Stores a new case (version 1). */
    void create(KycCase kycCase);

    /** A case by its id alone, as the API addresses it. */
    Optional<KycCase> find(TenantId tenant, String caseId);

    /** A case by customer and id, as the vendor's reference addresses it. */
    Optional<KycCase> find(TenantId tenant, String customerId, String caseId);

    /** The customer's cases, oldest first. */
    List<KycCase> casesOf(TenantId tenant, String customerId);

    /** Writes a changed case over the stored one, if that is still at {@code readVersion}. */
    void update(KycCase kycCase, long readVersion);

    /** Writes a decided case (as {@link #update(KycCase, long)}) and the customer's standing, atomically. */
    void update(KycCase kycCase, KycStanding standing, long readVersion);

    /**
     * Creates a review case and sets the customer's standing, atomically; false (and nothing written) when a case
     * of that id already exists, so re-running what opened it opens it once.
     */
    boolean createReview(KycCase reviewCase, KycStanding standing);

    Optional<KycStanding> standing(TenantId tenant, String customerId);

    /**
     * Up to {@code limit} of the tenant's cases IN_REVIEW, in the order they went to review, after {@code after}
     * (from the start when empty). A case that has left review since is not on the page.
     */
    ReviewPage inReview(TenantId tenant, int limit, Optional<ReviewCursor> after);

    /**
     * Every APPROVED case of every tenant, for platform-wide jobs such as re-screening after a sanctions list
     * update; never used to answer a tenant's request.
     */
    void forEachApprovedCase(Consumer<KycCase> sink);
}
