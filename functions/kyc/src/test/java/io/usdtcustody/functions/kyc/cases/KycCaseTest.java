package io.usdtcustody.functions.kyc.cases;

import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.NOW;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.open;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.passport;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.proofOfAddress;
import static io.usdtcustody.functions.kyc.fixture.CaseFixtures.specimenIdentity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KycCaseTest {

    @Test
    void withDocument_shouldCollectEvidence_andSubmitOnlyWhenTheLevelIsComplete() {
        KycCase opened = open("c-1", KycLevel.STANDARD);
        KycCase withPassport = opened.withDocument(passport(specimenIdentity()), NOW);

        assertThat(opened.missingEvidence()).containsExactlyInAnyOrder(DocumentType.Evidence.IDENTITY,
                DocumentType.Evidence.ADDRESS);
        assertThat(withPassport.missingEvidence()).containsExactly(DocumentType.Evidence.ADDRESS);
        assertThatThrownBy(() -> withPassport.submitted(NOW)).isInstanceOf(CaseConflictException.class);

        KycCase submitted = withPassport.withDocument(proofOfAddress(), NOW).submitted(NOW);

        assertThat(submitted.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(submitted.version()).isEqualTo(4);
        assertThat(submitted.identity()).contains(specimenIdentity());
    }

    @Test
    void withDocument_shouldRefuseASecondDocumentOfOneType_orAnyDocumentOnceSubmitted() {
        KycCase withPassport = open("c-1", KycLevel.BASIC).withDocument(passport(specimenIdentity()), NOW);

        assertThatThrownBy(() -> withPassport.withDocument(passport(specimenIdentity()), NOW))
                .isInstanceOf(CaseConflictException.class).hasMessageContaining("already has a PASSPORT");
        KycCase submitted = withPassport.submitted(NOW);
        assertThatThrownBy(() -> submitted.withDocument(proofOfAddress(), NOW))
                .isInstanceOf(CaseConflictException.class).hasMessageContaining("SUBMITTED");
    }

    @Test
    void asOf_shouldReadAnUnfinishedCaseAsExpired_afterItsValidity() {
        KycCase opened = open("c-1", KycLevel.BASIC);

        assertThat(opened.asOf(NOW.plus(Duration.ofDays(29))).state()).isEqualTo(CaseState.OPEN);
        assertThat(opened.asOf(NOW.plus(Duration.ofDays(30))).state()).isEqualTo(CaseState.EXPIRED);
        assertThatThrownBy(() -> opened.withDocument(passport(specimenIdentity()), NOW.plus(Duration.ofDays(31))))
                .isInstanceOf(CaseConflictException.class).hasMessageContaining("EXPIRED");
    }

    @Test
    void decided_shouldFollowTheStateMachine_andRecordTheVendorEvent() {
        KycCase submitted = open("c-1", KycLevel.BASIC).withDocument(passport(specimenIdentity()), NOW).submitted(NOW);
        Decision approve = new Decision(CaseState.APPROVED, List.of(ReasonCode.VENDOR_APPROVED), List.of("MRZ_VALID"),
                "vendor:sandbox", NOW);

        KycCase approved = submitted.decided(approve, Optional.empty(), Optional.empty(), Optional.of("evt-1"), NOW);

        assertThat(approved.state()).isEqualTo(CaseState.APPROVED);
        assertThat(approved.vendorEventIds()).containsExactly("evt-1");
        assertThat(approved.decision()).contains(approve);
        assertThatThrownBy(() -> approved.decided(approve, Optional.empty(), Optional.empty(), Optional.empty(), NOW))
                .isInstanceOf(CaseConflictException.class);
        assertThatThrownBy(() -> open("c-2", KycLevel.BASIC)
                .decided(approve, Optional.empty(), Optional.empty(), Optional.empty(), NOW))
                .isInstanceOf(CaseConflictException.class);
    }

    @Test
    void caseState_shouldEndInApprovedRejectedOrExpired() {
        assertThat(CaseState.OPEN.canMoveTo(CaseState.APPROVED)).isFalse();
        assertThat(CaseState.IN_REVIEW.next()).containsExactlyInAnyOrder(CaseState.APPROVED, CaseState.REJECTED);
        assertThat(CaseState.APPROVED.isFinal()).isTrue();
        assertThat(CaseState.EXPIRED.next()).isEmpty();
    }

    @Test
    void sanctionsReview_shouldOpenInReview_withTheApprovedCasesDocumentsAndTheHits() {
        KycCase approved = open("c-1", KycLevel.BASIC).withDocument(passport(specimenIdentity()), NOW).submitted(NOW)
                .decided(new Decision(CaseState.APPROVED, List.of(ReasonCode.VENDOR_APPROVED), List.of(), "vendor:x", NOW),
                        Optional.empty(), Optional.empty(), Optional.of("evt-1"), NOW);
        ScreeningReview hits = new ScreeningReview(ScreeningReview.Trigger.LIST_UPDATE, "list-2",
                List.of(new ScreeningReview.Hit(99001, "ERIKSSON, Anna Maria", "ERIKSSON, Anna Maria", List.of("SDGT"),
                        0.97, "score 0.97: …")), NOW);

        KycCase review = KycCase.sanctionsReview(approved, "sr-1", hits, NOW);

        assertThat(review.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(review.purpose()).isEqualTo(CasePurpose.SANCTIONS_REVIEW);
        assertThat(review.relatedCaseId()).contains("c-1");
        assertThat(review.documents()).isEqualTo(approved.documents());
        assertThat(review.decision().orElseThrow().reasons()).containsExactly(ReasonCode.SANCTIONS_LIST_UPDATE);
    }

    @Test
    void toString_shouldShowNoPersonalData() {
        KycCase withPassport = open("c-1", KycLevel.BASIC).withDocument(passport(specimenIdentity()), NOW);

        assertThat(withPassport.toString() + withPassport.identity().orElseThrow())
                .doesNotContain("ERIKSSON", "ANNA", "L898902C3", "1974");
    }

    @Test
    void externalRef_shouldRoundTripTenantCustomerAndCase() {
        String reference = open("c-1", KycLevel.BASIC).externalRef();

        assertThat(reference).isEqualTo("acme:alice:c-1");
        assertThat(ExternalRef.parse(reference)).hasValueSatisfying(parts -> {
            assertThat(parts.tenant().value()).isEqualTo("acme");
            assertThat(parts.customerId()).isEqualTo("alice");
            assertThat(parts.caseId()).isEqualTo("c-1");
        });
        assertThat(ExternalRef.parse("acme:alice")).isEmpty();
        assertThat(ExternalRef.parse("ACME:alice:c-1")).isEmpty();
        assertThat(ExternalRef.parse("acme:al/ice:c-1")).isEmpty();
    }
}
