package io.usdtcustody.functions.kyc.cases;

import io.usdtcustody.functions.kyc.risk.CustomerRiskSnapshot;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's KYC standing, one per customer, written with every case decision: what other parts of the
 * platform read to decide whether the customer may do business and within which limits (custody's policy
 * engine reads {@code risk}: tier, limits, {@code onboardingAllowed}). {@code reviewDueOn} is when the periodic
 * review is due, from the risk tier's review interval. The status is the shared {@link KycStandingStatus}, which
 * onboarding reads before it hands out a deposit address.
 */
public record KycStanding(TenantId tenant, String customerId, KycStandingStatus status, String caseId, KycLevel level,
                          Optional<CustomerRiskSnapshot> risk, Optional<LocalDate> reviewDueOn, Instant updatedAt) {

    public KycStanding {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(reviewDueOn, "reviewDueOn");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The standing a decided case gives its customer. */
    public static KycStanding of(KycCase decided) {
        KycStandingStatus status = switch (decided.state()) {
            case APPROVED -> KycStandingStatus.VERIFIED;
            case IN_REVIEW -> KycStandingStatus.UNDER_REVIEW;
            case REJECTED -> KycStandingStatus.REJECTED;
            default -> throw new IllegalArgumentException("only a decided case sets a standing");
        };
        return new KycStanding(decided.tenant(), decided.customerId(), status, decided.caseId(), decided.level(),
                decided.risk(), decided.risk().map(CustomerRiskSnapshot::nextReviewDue), decided.updatedAt());
    }
}
