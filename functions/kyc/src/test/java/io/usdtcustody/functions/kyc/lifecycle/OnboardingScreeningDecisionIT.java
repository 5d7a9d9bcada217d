package io.usdtcustody.functions.kyc.lifecycle;

import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.GERMAN_RETAIL;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.functions.kyc.cases.CasePurpose;
import io.usdtcustody.functions.kyc.cases.CaseState;
import io.usdtcustody.functions.kyc.cases.KycCase;
import io.usdtcustody.functions.kyc.cases.KycLevel;
import io.usdtcustody.functions.kyc.cases.ReasonCode;
import io.usdtcustody.functions.kyc.cases.ScreeningReview;
import io.usdtcustody.functions.kyc.cases.adapter.DynamoDbKycCaseStore;
import io.usdtcustody.functions.kyc.cases.adapter.OnboardingCustomerItems;
import io.usdtcustody.functions.kyc.fixture.Passports;
import io.usdtcustody.functions.kyc.fixture.RecordingVendor;
import io.usdtcustody.functions.kyc.fixture.TestSanctions;
import io.usdtcustody.functions.kyc.risk.CountryRiskLists;
import io.usdtcustody.functions.kyc.risk.RiskModel;
import io.usdtcustody.functions.kyc.risk.RiskScorer;
import io.usdtcustody.functions.kyc.screening.SanctionsScreening;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.customers.KycStandingStatus;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.kyc.KycVendorDecision;
import io.usdtcustody.model.kyc.VendorOutcome;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The KYC decision on the DynamoDB adapters, reading onboarding's screening from the customer item as onboarding
 * stores it: a customer onboarding flagged is never approved by the vendor, its case goes to review with
 * onboarding's hits and explanations and its standing UNDER_REVIEW; an analyst's approval then verifies it.
 */
@LocalCloudTest(Service.DYNAMODB)
class OnboardingScreeningDecisionIT {
    private static final TenantId TENANT = TenantId.of("acme");
    private static final ScreeningReview ONBOARDING_MATCH = new ScreeningReview(ScreeningReview.Trigger.ONBOARDING,
            "classpath:ofac", List.of(new ScreeningReview.Hit(21171, "PRIGOZHIN, Yevgeniy Viktorovich",
                    "PRIGOZHIN, Evgeny", List.of("RUSSIA-EO14024"), 0.97,
                    "score 0.97: prigozhin = prigozhin; date of birth matches")), NOW);

    private final CloudResources cloud;
    private final DynamoDbKycCaseStore store;
    private final MutableClock clock = new MutableClock(NOW);
    private final KycCases cases;

    OnboardingScreeningDecisionIT(CloudResources cloud) {
        this.cloud = cloud;
        this.store = new DynamoDbKycCaseStore(cloud.dynamoDb(), table(), new JsonCodec());
        this.cases = new KycCases(store, new RecordingVendor(), new SanctionsScreening(TestSanctions::screen),
                new CaseDecider(new RiskScorer(RiskModel.defaults(), CountryRiskLists.defaults())), clock,
                new UuidV7Generator(clock, new SplittableRandom()));
    }

    @Test
    void vendorApproval_shouldSendAFlaggedCustomerToReviewWithOnboardingsHits_andAnAnalystThenVerifiesIt() {
        plantCustomer("evgeny", Optional.of(ONBOARDING_MATCH));

        KycCase decided = approvedByVendor("evgeny");

        assertThat(decided.state()).isEqualTo(CaseState.IN_REVIEW);
        KycCase stored = store.find(TENANT, decided.caseId()).orElseThrow();
        assertThat(stored.decision().orElseThrow().reasons()).containsExactly(ReasonCode.ONBOARDING_SCREENING_MATCH);
        assertThat(stored.review()).contains(ONBOARDING_MATCH);
        assertThat(store.standing(TENANT, "evgeny").orElseThrow().status()).isEqualTo(KycStandingStatus.UNDER_REVIEW);
        assertThat(cases.inReview(TENANT, 10, Optional.empty()).cases()).extracting(KycCase::caseId)
                .contains(decided.caseId());

        cases.decideReview(TENANT, decided.caseId(), new AnalystDecision(CaseState.APPROVED,
                ReasonCode.FALSE_POSITIVE_MATCH, "Passport holder is a different person.", "key-acme"));

        assertThat(store.standing(TENANT, "evgeny").orElseThrow().status()).isEqualTo(KycStandingStatus.VERIFIED);
        assertThat(cases.inReview(TENANT, 10, Optional.empty()).cases()).extracting(KycCase::caseId)
                .doesNotContain(decided.caseId());
    }

    @Test
    void vendorApproval_shouldVerify_whenOnboardingsScreenWasClear() {
        plantCustomer("anna", Optional.empty());

        KycCase decided = approvedByVendor("anna");

        assertThat(decided.state()).isEqualTo(CaseState.APPROVED);
        assertThat(store.standing(TENANT, "anna").orElseThrow().status()).isEqualTo(KycStandingStatus.VERIFIED);
    }

    private KycCase approvedByVendor(String customerId) {
        KycCase opened = cases.open(TENANT, customerId, CasePurpose.ONBOARDING, KycLevel.BASIC, GERMAN_RETAIL);
        KycCase submitted = cases.addDocument(TENANT, opened.caseId(), KycCasesTest.passport(Passports.specimen()));
        return cases.applyVendorDecision(new KycVendorDecision("evt-" + customerId,
                submitted.vendorApplicantId().orElseThrow(), submitted.externalRef(), VendorOutcome.APPROVED,
                List.of("MRZ_VALID"), NOW)).kycCase();
    }

    private void plantCustomer(String customerId, Optional<ScreeningReview> match) {
        cloud.dynamoDb().putItem(put -> put.tableName(table()).item(OnboardingCustomerItems.item(TENANT, customerId, match)));
    }

    private String table() {
        return cloud.naming().table(ResourceCatalogue.CUSTOMERS);
    }
}
