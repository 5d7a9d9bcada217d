package io.usdtcustody.custody.policy.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.custody.policy.PolicyEngine;
import io.usdtcustody.custody.withdrawal.api.CreateWithdrawalBody;
import io.usdtcustody.custody.withdrawal.api.WithdrawalRequests;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;

/**
 * {@code POST /v1/policy/dry-run}: what the current policy would do with a withdrawal (same body as
 * {@code POST /v1/withdrawals}, validated the same way). It writes nothing — no usage, no audit entry — so it
 * takes no Idempotency-Key. Active only when a {@link PolicyEngine} bean is wired.
 */
@Controller("/v1/policy")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = PolicyEngine.class)
public class PolicyDryRunController {
    private final PolicyEngine engine;
    private final JsonCodec codec;

    public PolicyDryRunController(PolicyEngine engine, JsonCodec codec) {
        this.engine = engine;
        this.codec = codec;
    }

    @Post("/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> dryRun(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                       @Nullable @Body byte[] body) {
        var tenant = TenantHeader.require(tenantHeader);
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        var request = WithdrawalRequests.from(codec.read(body, CreateWithdrawalBody.class));
        return HttpResponse.ok(codec.write(DecisionView.of(engine.dryRun(tenant, request))))
                .contentType(MediaType.APPLICATION_JSON);
    }
}
