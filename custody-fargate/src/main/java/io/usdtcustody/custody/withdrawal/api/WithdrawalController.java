package io.usdtcustody.custody.withdrawal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.usdtcustody.custody.api.CallerScope;
import io.usdtcustody.custody.api.ProblemResponses;
import io.usdtcustody.custody.api.PathIds;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalReasons;
import io.usdtcustody.custody.withdrawal.WithdrawalService;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.UUID;

/**
 * The withdrawal API. The tenant comes from {@code X-Tenant-Id}, which the API gateway sets from the caller's
 * authenticated identity, and a mobile customer sees and acts on its own withdrawals only ({@link CallerScope}:
 * another customer's is "not found"); every write takes an {@code Idempotency-Key}. Bodies are decoded strictly by the
 * shared codec, so unknown fields, wrong types and malformed JSON are 400 problem+json and change nothing.
 */
@Controller("/v1/withdrawals")
@ExecuteOn(TaskExecutors.BLOCKING)
public class WithdrawalController {
    private static final String JSON = MediaType.APPLICATION_JSON;

    private final WithdrawalService withdrawals;
    private final JsonCodec codec;
    private final ProblemResponses problems;

    public WithdrawalController(WithdrawalService withdrawals, JsonCodec codec, ProblemResponses problems) {
        this.withdrawals = withdrawals;
        this.codec = codec;
        this.problems = problems;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> create(@Nullable @Header("X-Tenant-Id") String tenantHeader,
                                       @Nullable @Header(CallerScope.AUTH_METHOD_HEADER) String authMethod,
                                       @Nullable @Header(CallerScope.PRINCIPAL_HEADER) String principal,
                                       @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                       @Nullable @Body byte[] body) {
        TenantId tenant = TenantHeader.require(tenantHeader);
        CallerScope caller = CallerScope.of(authMethod, principal);
        if (idempotencyKey == null) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "the Idempotency-Key header is required");
        }
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        var request = WithdrawalRequests.from(body, codec);
        caller.require(request.customerId(), "no such customer");
        WithdrawalService.Requested outcome = withdrawals.request(tenant, idempotencyKey, request);
        Withdrawal w = outcome.withdrawal();
        if (w.state() == WithdrawalState.REJECTED) {
            return problems.of(rejectionCode(w.reason()),
                    "the withdrawal was rejected: " + w.reason() + " (id " + w.id() + ")", "/v1/withdrawals");
        }
        return HttpResponse.<byte[]>status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Location", "/v1/withdrawals/" + w.id())
                .contentType(JSON)
                .body(codec.write(WithdrawalView.of(w)));
    }

    @Get("/{id}")
    public HttpResponse<byte[]> get(@Nullable @Header("X-Tenant-Id") String tenantHeader,
                                    @Nullable @Header(CallerScope.AUTH_METHOD_HEADER) String authMethod,
                                    @Nullable @Header(CallerScope.PRINCIPAL_HEADER) String principal,
                                    @PathVariable String id) {
        TenantId tenant = TenantHeader.require(tenantHeader);
        CallerScope caller = CallerScope.of(authMethod, principal);
        Withdrawal w = withdrawals.find(tenant, PathIds.parse(id, "withdrawal"))
                .filter(found -> caller.mayActFor(found.request().customerId()))
                .orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND, "no such withdrawal"));
        return HttpResponse.ok(codec.write(WithdrawalView.of(w))).contentType(JSON);
    }

    @Post("/{id}/cancel")
    public HttpResponse<byte[]> cancel(@Nullable @Header("X-Tenant-Id") String tenantHeader,
                                       @Nullable @Header(CallerScope.AUTH_METHOD_HEADER) String authMethod,
                                       @Nullable @Header(CallerScope.PRINCIPAL_HEADER) String principal,
                                       @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                       @PathVariable String id) {
        TenantId tenant = TenantHeader.require(tenantHeader);
        CallerScope caller = CallerScope.of(authMethod, principal);
        if (idempotencyKey == null) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "the Idempotency-Key header is required");
        }
        UUID withdrawalId = PathIds.parse(id, "withdrawal");
        // the customer of a withdrawal never changes, so checking it before the cancel is enough
        withdrawals.find(tenant, withdrawalId)
                .ifPresent(found -> caller.require(found.request().customerId(), "no such withdrawal: " + withdrawalId));
        Withdrawal w = withdrawals.cancel(tenant, withdrawalId);
        return HttpResponse.ok(codec.write(WithdrawalView.of(w))).contentType(JSON);
    }

    /** A rejection's stable reason, as the error code clients branch on. */
    static ErrorCode rejectionCode(String reason) {
        if (reason == null) {
            return ErrorCode.FORBIDDEN;
        }
        if (WithdrawalReasons.INSUFFICIENT_FUNDS.equals(reason)) {
            return ErrorCode.INSUFFICIENT_FUNDS;
        }
        if (ErrorCode.SANCTIONED_ADDRESS.name().equals(reason)) {
            return ErrorCode.SANCTIONED_ADDRESS;
        }
        if (reason.startsWith("LIMIT_") || reason.equals("VELOCITY")) {
            return ErrorCode.LIMIT_EXCEEDED;
        }
        return ErrorCode.FORBIDDEN;
    }

}
