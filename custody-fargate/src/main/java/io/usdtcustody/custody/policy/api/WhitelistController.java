package io.usdtcustody.custody.policy.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.custody.api.CallerScope;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.custody.policy.PolicyEngine;
import io.usdtcustody.custody.policy.WhitelistService;
import io.usdtcustody.custody.policy.port.WhitelistStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.util.List;
import java.util.Map;

/**
 * A customer's withdrawal whitelist: {@code POST} adds ({chain, address, label}), {@code GET} lists,
 * {@code DELETE /{chain}/{address}} removes. Writes take an {@code Idempotency-Key}; a new entry becomes usable
 * once the policy's cooling-off has passed ({@code usableFrom}). A mobile customer reaches only its own whitelist
 * ({@link CallerScope}: another customer's is "not found", nothing is written).
 */
@Controller("/v1/customers/{customerId}/whitelist")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = {WhitelistService.class, PolicyEngine.class})
public class WhitelistController {
    private static final String NOT_FOUND = "no such customer";

    private final WhitelistService whitelists;
    private final PolicyEngine engine;
    private final JsonCodec codec;

    public WhitelistController(WhitelistService whitelists, PolicyEngine engine, JsonCodec codec) {
        this.whitelists = whitelists;
        this.engine = engine;
        this.codec = codec;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> add(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                    @Nullable @Header(CallerScope.AUTH_METHOD_HEADER) String authMethod,
                                    @Nullable @Header(CallerScope.PRINCIPAL_HEADER) String principal,
                                    @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                    @PathVariable String customerId, @Nullable @Body byte[] body) {
        var tenant = TenantHeader.require(tenantHeader);
        CallerScope.of(authMethod, principal).require(customerId, NOT_FOUND);
        if (idempotencyKey == null) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "the Idempotency-Key header is required");
        }
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        WhitelistBody request = codec.read(body, WhitelistBody.class);
        WhitelistStore.Added added = whitelists.add(tenant, customerId, request.chain(), request.address(),
                request.label(), idempotencyKey);
        return HttpResponse.<byte[]>status(added.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON)
                .body(codec.write(WhitelistView.of(added.entry(), engine.document().whitelistCoolingOff())));
    }

    @Get
    public HttpResponse<byte[]> list(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                     @Nullable @Header(CallerScope.AUTH_METHOD_HEADER) String authMethod,
                                     @Nullable @Header(CallerScope.PRINCIPAL_HEADER) String principal,
                                     @PathVariable String customerId) {
        var tenant = TenantHeader.require(tenantHeader);
        CallerScope.of(authMethod, principal).require(customerId, NOT_FOUND);
        List<WhitelistView> entries = whitelists.list(tenant, customerId).stream()
                .map(e -> WhitelistView.of(e, engine.document().whitelistCoolingOff())).toList();
        return HttpResponse.ok(codec.write(Map.of("entries", entries))).contentType(MediaType.APPLICATION_JSON);
    }

    @Delete("/{chain}/{address}")
    public HttpResponse<byte[]> remove(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                       @Nullable @Header(CallerScope.AUTH_METHOD_HEADER) String authMethod,
                                       @Nullable @Header(CallerScope.PRINCIPAL_HEADER) String principal,
                                       @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                       @PathVariable String customerId, @PathVariable String chain,
                                       @PathVariable String address) {
        var tenant = TenantHeader.require(tenantHeader);
        CallerScope.of(authMethod, principal).require(customerId, NOT_FOUND);
        if (idempotencyKey == null) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "the Idempotency-Key header is required");
        }
        whitelists.remove(tenant, customerId, chain, address);
        return HttpResponse.noContent();
    }
}
