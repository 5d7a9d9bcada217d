package io.usdtcustody.custody.deposit.travelrule.api;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.custody.api.PathIds;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.custody.deposit.travelrule.HeldDeposit;
import io.usdtcustody.custody.deposit.travelrule.TravelRuleHolds;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.model.travelrule.ivms101.FieldProblems;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Deposits: {@code GET /v1/deposits/{id}} for the tenant (state, and the Travel Rule hold's reason), and for
 * operators (tenant {@code platform} only, as for the treasury) the review queue {@code GET /v1/deposits/held}
 * and {@code POST /v1/deposits/{id}/release} and {@code …/reject} with {@code {"tenant", "by", "note"}}: the
 * deposit's tenant, the operator, and why — audited.
 * A release credits the customer exactly once; a rejection leaves the funds in suspense for return.
 */
@Controller("/v1/deposits")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = TravelRuleHolds.class)
public class DepositController {
    static final TenantId OPERATORS = TenantId.PLATFORM;
    private static final Pattern OPERATOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final int MAX_NOTE = 500;
    private static final int MAX_LIMIT = 100;

    private final DepositViews views;
    private final TravelRuleHolds holds;
    private final JsonCodec codec;

    public DepositController(DepositViews views, TravelRuleHolds holds, JsonCodec codec) {
        this.views = views;
        this.holds = holds;
        this.codec = codec;
    }

    /** An operator's decision on a held deposit. */
    public record Resolution(String tenant, String by, String note) {
    }

    /** Operators: {@code GET /v1/deposits/held?tenant=…&limit=…}, the deposits waiting for review, oldest first. */
    @Get("/held")
    public HttpResponse<byte[]> held(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                     @Nullable @QueryValue String tenant, @Nullable @QueryValue Integer limit) {
        requireOperator(tenantHeader);
        FieldProblems problems = new FieldProblems();
        TenantId of = tenant(tenant, problems);
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            problems.add("limit", "must be 1-" + MAX_LIMIT);
        }
        if (!problems.isEmpty()) {
            throw PlatformException.validation("the query is not valid", problems.list());
        }
        return HttpResponse.ok(codec.write(holds.waiting(of, limit == null ? MAX_LIMIT : limit).stream()
                .map(DepositView::of).toList())).contentType(MediaType.APPLICATION_JSON);
    }

    @Get("/{id}")
    public HttpResponse<byte[]> get(@Nullable @Header(TenantHeader.NAME) String tenantHeader, @PathVariable String id) {
        TenantId tenant = TenantHeader.require(tenantHeader);
        return json(views.find(tenant, PathIds.parse(id, "deposit")));
    }

    @Post("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> release(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                        @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                        @PathVariable String id, @Nullable @Body byte[] body) {
        return decide(tenantHeader, idempotencyKey, id, body, holds::release);
    }

    @Post("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> reject(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                       @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                       @PathVariable String id, @Nullable @Body byte[] body) {
        return decide(tenantHeader, idempotencyKey, id, body, holds::reject);
    }

    /** Release or reject: what an operator does to a held deposit. */
    private interface Decision {
        HeldDeposit apply(TenantId tenant, TravelRuleHolds.TokenRef ref, String operator, String note);
    }

    private HttpResponse<byte[]> decide(String tenantHeader, String idempotencyKey, String id, byte[] body,
                                        Decision decision) {
        Decided decided = decided(tenantHeader, idempotencyKey, id, body);
        return json(DepositView.of(decision.apply(decided.tenant(), views.ref(decided.tenant(), decided.id()),
                decided.resolution().by(), decided.resolution().note())));
    }

    private record Decided(TenantId tenant, UUID id, Resolution resolution) {
    }

    private Decided decided(String tenantHeader, String idempotencyKey, String id, byte[] body) {
        requireOperator(tenantHeader);
        IncomingTravelRuleController.requireKey(idempotencyKey);
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        Resolution resolution = codec.read(body, Resolution.class);
        FieldProblems problems = new FieldProblems();
        TenantId tenant = tenant(resolution.tenant(), problems);
        if (resolution.by() == null || !OPERATOR.matcher(resolution.by()).matches()) {
            problems.add("by", "must be the operator's id: 1-64 letters, digits and . _ @ -");
        }
        String note = resolution.note();
        if (note == null || note.isBlank() || note.length() > MAX_NOTE || note.chars().anyMatch(Character::isISOControl)) {
            problems.add("note", "must say why, in 1-" + MAX_NOTE + " characters without control characters");
        }
        if (!problems.isEmpty()) {
            throw PlatformException.validation("the decision is not valid", problems.list());
        }
        return new Decided(tenant, PathIds.parse(id, "deposit"), resolution);
    }

    private static void requireOperator(String tenantHeader) {
        if (!TenantHeader.require(tenantHeader).equals(OPERATORS)) {
            throw new PlatformException(ErrorCode.FORBIDDEN, "held deposits are reviewed by platform operators only");
        }
    }

    private static TenantId tenant(String value, FieldProblems problems) {
        try {
            return TenantId.of(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            problems.add("tenant", "must be a tenant id");
            return null;
        }
    }

    private HttpResponse<byte[]> json(DepositView view) {
        return HttpResponse.ok(codec.write(view)).contentType(MediaType.APPLICATION_JSON);
    }
}
