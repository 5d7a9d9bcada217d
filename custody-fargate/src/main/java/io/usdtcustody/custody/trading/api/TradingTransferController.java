package io.usdtcustody.custody.trading.api;

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
import io.usdtcustody.custody.api.CallerScope;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.custody.ledger.TransferReceipt;
import io.usdtcustody.custody.trading.TradingTransferRequest;
import io.usdtcustody.custody.trading.TradingTransferService;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;

/**
 * {@code POST /v1/trading-transfers}: moves a customer's USDT from funding to trading. The tenant comes from
 * {@code X-Tenant-Id}; a mobile customer moves only its own funds ({@link CallerScope}: another customer is "not
 * found", nothing is written); the {@code Idempotency-Key} names the transfer (201 the first time, 200 with the same
 * answer on a retry, 409 with another body). The matching engine credits the trading balance when the event
 * reaches it, a moment later.
 */
@Controller("/v1/trading-transfers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TradingTransferController {
    private final TradingTransferService transfers;
    private final JsonCodec codec;

    public TradingTransferController(TradingTransferService transfers, JsonCodec codec) {
        this.transfers = transfers;
        this.codec = codec;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> create(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                       @Nullable @Header(CallerScope.AUTH_METHOD_HEADER) String authMethod,
                                       @Nullable @Header(CallerScope.PRINCIPAL_HEADER) String principal,
                                       @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                       @Nullable @Body byte[] body) {
        TenantId tenant = TenantHeader.require(tenantHeader);
        CallerScope caller = CallerScope.of(authMethod, principal);
        TradingTransferBody fields = codec.read(body == null ? new byte[0] : body, TradingTransferBody.class);
        TradingTransferRequest request = TradingTransferRequest.of(fields.customerId(), fields.asset(),
                fields.chain(), fields.amount());
        caller.require(request.customerId(), "no such customer");
        TransferReceipt receipt = transfers.toTrading(tenant, idempotencyKey, request);
        return HttpResponse.<byte[]>status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON)
                .body(codec.write(TradingTransferView.of(receipt)));
    }
}
