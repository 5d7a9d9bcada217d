package io.usdtcustody.custody.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalRequest;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ApprovalServiceTest extends ApprovalFixtures {

    private static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    @Test
    void approve_shouldApproveTheWithdrawalOnce_whenMDistinctApproversHaveSigned() {
        ApproverKeys carol = registered("carol");
        ApproverKeys dave = registered("dave");
        Withdrawal w = held("20000");

        ApprovalService.Status first = service.approve(TENANT, w.id(), "carol", signed(carol, w));
        ApprovalService.Status second = service.approve(TENANT, w.id(), "dave", signed(dave, w));

        assertThat(first.withdrawal().state()).isEqualTo(WithdrawalState.PENDING_APPROVAL);
        assertThat(first.approvals()).hasSize(1);
        assertThat(second.withdrawal().state()).isEqualTo(WithdrawalState.APPROVED);
        assertThat(transitionsInto(WithdrawalState.APPROVED)).isEqualTo(1);
        assertThat(audit.ofType("approval.recorded")).extracting(r -> r.details().get("approverId"))
                .containsExactly("carol", "dave");
        assertThat(audit.ofType("approval.recorded").get(1).details()).containsEntry("approvals", "2")
                .containsEntry("requiredApprovals", "2").containsEntry("policyVersion", VERSION);
    }

    @Test
    void approve_shouldRefuseTheInitiator_whenTheCustomerApprovesTheirOwnWithdrawal() {
        ApproverKeys alice = registered("alice");
        Withdrawal w = held("20000");

        assertRefused(() -> service.approve(TENANT, w.id(), "alice", signed(alice, w)), ErrorCode.FORBIDDEN);

        assertThat(approvalStore.approvals(TENANT, w.id())).isEmpty();
        assertThat(audit.ofType("approval.refused")).singleElement()
                .satisfies(r -> assertThat(r.details()).containsEntry("reason", "SELF_APPROVAL"));
    }

    @Test
    void approve_shouldCountAnApproverOnce_whenTheySignAgain() {
        ApproverKeys carol = registered("carol");
        Withdrawal w = held("20000");
        byte[] signature = signed(carol, w);
        service.approve(TENANT, w.id(), "carol", signature);

        ApprovalService.Status replay = service.approve(TENANT, w.id(), "carol", signature);
        assertRefused(() -> service.approve(TENANT, w.id(), "carol", signed(carol, w)), ErrorCode.CONFLICT);

        assertThat(replay.replayed()).isTrue();
        assertThat(replay.approvals()).hasSize(1);
        assertThat(withdrawals.find(TENANT, w.id()).orElseThrow().state()).isEqualTo(WithdrawalState.PENDING_APPROVAL);
        assertThat(audit.ofType("approval.recorded")).hasSize(1);
    }

    @Test
    void approve_shouldFail_whenAnApprovalForAnotherWithdrawalIsReplayed() {
        ApproverKeys carol = registered("carol");
        Withdrawal signedFor = held("20000");
        Withdrawal other = held("20000");

        assertRefused(() -> service.approve(TENANT, other.id(), "carol", signed(carol, signedFor)), ErrorCode.FORBIDDEN);

        assertThat(approvalStore.approvals(TENANT, other.id())).isEmpty();
        assertThat(audit.ofType("approval.refused").get(0).details()).containsEntry("reason", "BAD_SIGNATURE");
    }

    @Test
    void approve_shouldFail_whenSignedUnderAnotherPolicyVersion() {
        ApproverKeys carol = registered("carol");
        Withdrawal w = held("20000");

        assertRefused(() -> service.approve(TENANT, w.id(), "carol",
                carol.sign(ApprovalMessage.bytes(w, "2026-11-26.1"))), ErrorCode.FORBIDDEN);
    }

    @Test
    void approve_shouldFail_whenTheSignedAmountOrDestinationDiffers() {
        ApproverKeys carol = registered("carol");
        Withdrawal w = held("20000");
        Withdrawal tamperedAmount = new Withdrawal(w.id(), w.tenant(), new WithdrawalRequest("alice",
                Amount.parse("20000.000001", USDT), DESTINATION), w.state(), w.version(), w.createdAt(), w.updatedAt(),
                null, null, true, false);
        Withdrawal tamperedDestination = new Withdrawal(w.id(), w.tenant(), new WithdrawalRequest("alice",
                w.request().amount(), "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"), w.state(), w.version(),
                w.createdAt(), w.updatedAt(), null, null, true, false);

        assertRefused(() -> service.approve(TENANT, w.id(), "carol", signed(carol, tamperedAmount)), ErrorCode.FORBIDDEN);
        assertRefused(() -> service.approve(TENANT, w.id(), "carol", signed(carol, tamperedDestination)), ErrorCode.FORBIDDEN);
    }

    @Test
    void approve_shouldFail_whenTheApproverIsNotRegisteredForTheTenant() {
        ApproverKeys mallory = ApproverKeys.generate();
        service.register(TenantId.of("globex"), "mallory", mallory.publicKey());
        Withdrawal w = held("20000");

        assertRefused(() -> service.approve(TENANT, w.id(), "mallory", signed(mallory, w)), ErrorCode.FORBIDDEN);
        assertThat(audit.ofType("approval.refused").get(0).details()).containsEntry("reason", "UNKNOWN_APPROVER");
    }

    @Test
    void approve_shouldFail_whenTheSignatureIsByAnotherRegisteredApprover() {
        registered("carol");
        ApproverKeys dave = registered("dave");
        Withdrawal w = held("20000");

        assertRefused(() -> service.approve(TENANT, w.id(), "carol", signed(dave, w)), ErrorCode.FORBIDDEN);
    }

    @Test
    void approve_shouldConflict_whenTheWithdrawalIsNoLongerPending() {
        ApproverKeys carol = registered("carol");
        Withdrawal w = held("20000");
        withdrawals.cancel(TENANT, w.id());

        assertRefused(() -> service.approve(TENANT, w.id(), "carol", signed(carol, w)), ErrorCode.CONFLICT);
    }

    @Test
    void approve_shouldBeNotFound_forAnotherTenantsWithdrawal() {
        ApproverKeys carol = registered("carol");
        Withdrawal w = held("20000");

        assertRefused(() -> service.approve(TenantId.of("globex"), w.id(), "carol", signed(carol, w)), ErrorCode.NOT_FOUND);
        assertRefused(() -> service.approve(TENANT, UUID.randomUUID(), "carol", signed(carol, w)), ErrorCode.NOT_FOUND);
    }

    @Test
    void status_shouldShowTheMessageToSign_withTheVersionFixedWhenTheWithdrawalWasHeld() {
        Withdrawal w = held("20000");

        ApprovalService.Status status = service.status(TENANT, w.id());

        assertThat(status.requirement().requiredApprovals()).isEqualTo(2);
        assertThat(status.message()).isEqualTo(ApprovalMessage.bytes(w, VERSION));
    }

    @Test
    void requirementPolicy_shouldKeepTheFirstRequirement_whenTheWithdrawalIsEvaluatedAgain() {
        Withdrawal w = held("20000");
        requiredApprovals.set(5);

        var again = new ApprovalRequirementPolicy(x -> io.usdtcustody.custody.withdrawal.PolicyDecision
                .requireApproval(5, "stricter", "2026-12-01.1"), approvalStore, clock).evaluate(w);

        assertThat(again.requiredApprovals()).isEqualTo(2);
        assertThat(again.policyVersion()).isEqualTo(VERSION);
    }

    @Test
    void register_shouldReplay_forTheSameKey_andConflict_forAnotherKey() {
        ApproverKeys carol = ApproverKeys.generate();
        service.register(TENANT, "carol", carol.publicKey());

        assertThat(service.register(TENANT, "carol", carol.publicKey()).existed()).isTrue();
        assertRefused(() -> service.register(TENANT, "carol", ApproverKeys.generate().publicKey()), ErrorCode.CONFLICT);
        assertThat(audit.ofType("approver.registered")).hasSize(1);
    }

    @Test
    void register_shouldRefuseAKeyThatIsNotP256() {
        assertRefused(() -> service.register(TENANT, "carol", ApproverKeys.generate("secp384r1").publicKey()),
                ErrorCode.VALIDATION_FAILED);
        assertRefused(() -> service.register(TENANT, "carol", "bm90IGEga2V5"), ErrorCode.VALIDATION_FAILED);
        assertThat(registry.find(TENANT, "carol")).isEmpty();
    }
}
