package io.usdtcustody.custody.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.usdtcustody.custody.approval.api.ApprovalController;
import io.usdtcustody.custody.approval.api.ApproverController;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The approver and approval controllers, called directly (no server). */
class ApprovalApiTest extends ApprovalFixtures {
    private final ApproverController approverApi = new ApproverController(service, codec);
    private final ApprovalController approvalApi = new ApprovalController(service, codec);

    private JsonNode body(HttpResponse<byte[]> response) {
        return codec.readTree(response.body());
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void approvals_shouldRegisterSignFromTheShownMessage_andApprove() {
        ApproverKeys carol = ApproverKeys.generate();
        ApproverKeys dave = ApproverKeys.generate();
        HttpResponse<byte[]> created = approverApi.register("acme", "r1",
                json("{\"approverId\":\"carol\",\"publicKey\":\"" + carol.publicKey() + "\"}"));
        approverApi.register("acme", "r2", json("{\"approverId\":\"dave\",\"publicKey\":\"" + dave.publicKey() + "\"}"));
        Withdrawal w = held("20000");

        byte[] message = Base64.getDecoder().decode(body(approvalApi.status("acme", w.id().toString()))
                .get("message").asText());
        approvalApi.approve("acme", "a1", w.id().toString(), json("{\"approverId\":\"carol\",\"signature\":\""
                + Base64.getEncoder().encodeToString(carol.sign(message)) + "\"}"));
        JsonNode approved = body(approvalApi.approve("acme", "a2", w.id().toString(), json(
                "{\"approverId\":\"dave\",\"signature\":\"" + Base64.getEncoder().encodeToString(dave.sign(message)) + "\"}")));

        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("approvals")).hasSize(2);
        assertThat(approved.get("policyVersion").asText()).isEqualTo(VERSION);
        assertThat(approved.toString()).doesNotContain("signature");
    }

    @Test
    void approve_shouldRefuseASignatureThatIsNotBase64Der() {
        Withdrawal w = held("20000");

        assertThatThrownBy(() -> approvalApi.approve("acme", "a1", w.id().toString(),
                json("{\"approverId\":\"carol\",\"signature\":\"not base64!\"}")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void approve_shouldRequireAnIdempotencyKey_andAnExistingWithdrawal() {
        assertThatThrownBy(() -> approvalApi.approve("acme", null, "x", json("{}")))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> approvalApi.status("acme", "not-a-uuid"))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
