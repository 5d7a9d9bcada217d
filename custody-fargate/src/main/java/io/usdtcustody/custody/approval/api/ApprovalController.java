package io.usdtcustody.custody.approval.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.custody.api.PathIds;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.custody.approval.ApprovalService;
import io.usdtcustody.custody.approval.P256;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.util.Base64;
import java.util.List;

/**
 * Approvals of held withdrawals. {@code GET /v1/withdrawals/{id}/approvals} shows the requirement and the message
 * to sign; {@code POST} records one signed approval ({approverId, signature: base64 DER}). An approval is
 * idempotent on (withdrawal, approver): the same signature again is a 200 no-op; the Idempotency-Key is required
 * like on every write, and the natural key is what deduplicates.
 */
@Controller("/v1/withdrawals/{id}/approvals")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = ApprovalService.class)
public class ApprovalController {
    private final ApprovalService service;
    private final JsonCodec codec;

    public ApprovalController(ApprovalService service, JsonCodec codec) {
        this.service = service;
        this.codec = codec;
    }

    @Get
    public HttpResponse<byte[]> status(@Nullable @Header(TenantHeader.NAME) String tenantHeader, @PathVariable String id) {
        var tenant = TenantHeader.require(tenantHeader);
        return HttpResponse.ok(codec.write(ApprovalStatusView.of(service.status(tenant, PathIds.parse(id, "withdrawal")))))
                .contentType(MediaType.APPLICATION_JSON);
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> approve(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                        @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                        @PathVariable String id, @Nullable @Body byte[] body) {
        var tenant = TenantHeader.require(tenantHeader);
        if (idempotencyKey == null) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "the Idempotency-Key header is required");
        }
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        ApproveBody request = codec.read(body, ApproveBody.class);
        var status = service.approve(tenant, PathIds.parse(id, "withdrawal"), request.approverId(), signature(request.signature()));
        return HttpResponse.ok(codec.write(ApprovalStatusView.of(status))).contentType(MediaType.APPLICATION_JSON);
    }

    /** A base64 DER P-256 signature from a request body, or a 400. */
    public static byte[] signature(String base64) {
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            if (der.length > 0 && der.length <= P256.MAX_SIGNATURE_BYTES) {
                return der;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the validation error below
        }
        throw PlatformException.validation("the approval is not valid",
                List.of(new FieldError("signature", "must be a base64 DER ECDSA P-256 signature")));
    }

}
