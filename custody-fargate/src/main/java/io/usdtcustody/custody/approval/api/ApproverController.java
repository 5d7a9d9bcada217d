package io.usdtcustody.custody.approval.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.custody.approval.ApprovalService;
import io.usdtcustody.custody.approval.port.ApproverRegistry;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.util.Map;

/**
 * {@code POST /v1/approvers}: an operator registers an approver's P-256 public key for the tenant. Registration
 * is idempotent on the approver id (same key: 200; another key: 409). This route is for operator credentials
 * only; the gateway must not expose it to partners' or customers' keys.
 */
@Controller("/v1/approvers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = ApprovalService.class)
public class ApproverController {
    private final ApprovalService service;
    private final JsonCodec codec;

    public ApproverController(ApprovalService service, JsonCodec codec) {
        this.service = service;
        this.codec = codec;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> register(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                         @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                         @Nullable @Body byte[] body) {
        var tenant = TenantHeader.require(tenantHeader);
        if (idempotencyKey == null) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "the Idempotency-Key header is required");
        }
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        RegisterApproverBody request = codec.read(body, RegisterApproverBody.class);
        ApproverRegistry.Registered registered = service.register(tenant, request.approverId(), request.publicKey());
        var approver = registered.approver();
        return HttpResponse.<byte[]>status(registered.existed() ? HttpStatus.OK : HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON)
                .body(codec.write(Map.of("approverId", approver.approverId(), "publicKey", approver.publicKey(),
                        "registeredAt", approver.registeredAt().toString())));
    }
}
