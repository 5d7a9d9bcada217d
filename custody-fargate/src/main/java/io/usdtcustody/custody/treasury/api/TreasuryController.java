package io.usdtcustody.custody.treasury.api;

import io.micronaut.context.annotation.Requires;
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
import io.usdtcustody.custody.api.PathIds;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.custody.approval.api.ApprovalController;
import io.usdtcustody.custody.approval.api.ApproveBody;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumNode;
import io.usdtcustody.custody.treasury.TreasuryMove;
import io.usdtcustody.custody.treasury.TreasuryService;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The operators' treasury API: hot/cold overview, cold → hot replenishment requests, their M-of-N approvals and
 * cancellation during the delay. Only the operators' tenant ({@link TreasuryService#OPERATORS}) may call it — the
 * gateway exposes these routes to operator identities only, and custody refuses any other tenant. Writes take an
 * {@code Idempotency-Key}; bodies are decoded strictly.
 */
@Controller("/v1/treasury")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = TreasuryService.class)
public class TreasuryController {
    private static final String JSON = MediaType.APPLICATION_JSON;

    private final TreasuryService treasury;
    private final EthereumNode node;
    private final String token;
    private final JsonCodec codec;

    public TreasuryController(TreasuryService treasury, EthereumNode node,
                              @io.micronaut.context.annotation.Value("${usdt.erc20.contract}") String token,
                              JsonCodec codec) {
        this.treasury = treasury;
        this.node = node;
        this.token = token;
        this.codec = codec;
    }

    @Get
    public HttpResponse<byte[]> overview(@Nullable @Header(TenantHeader.NAME) String tenantHeader) {
        operator(tenantHeader);
        var s = treasury.settings();
        List<TreasuryMoveView> open = new ArrayList<>();
        for (TreasuryMove.Direction direction : TreasuryMove.Direction.values()) {
            treasury.open(direction).forEach(m -> open.add(view(m)));
        }
        var overview = new TreasuryBodies.Overview(s.asset().code(), s.asset().chain().name(), s.hotAddress(),
                s.coldAddress(), balance(s.hotAddress()), balance(s.coldAddress()),
                Amount.of(s.hotMaxMinor(), s.asset()).toPlainString(), Amount.of(s.hotTargetMinor(), s.asset()).toPlainString(),
                s.replenishApprovals(), s.replenishDelay().toString(), open);
        return HttpResponse.ok(codec.write(overview)).contentType(JSON);
    }

    @Post("/replenishments")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> replenish(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                          @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                          @Nullable @Body byte[] body) {
        operator(tenantHeader);
        TreasuryBodies.Replenish request = codec.read(nonEmpty(body), TreasuryBodies.Replenish.class);
        Amount amount;
        try {
            amount = Amount.parse(request.amount(), treasury.settings().asset());
        } catch (RuntimeException e) {
            throw PlatformException.validation("the replenishment request is not valid",
                    List.of(new FieldError("amount", "must be a decimal string with at most "
                            + treasury.settings().asset().decimals() + " decimals")));
        }
        TreasuryMove move = treasury.requestReplenishment(idempotencyKey, request.initiatedBy(), amount);
        boolean created = move.version() == 0;
        return HttpResponse.<byte[]>status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Location", "/v1/treasury/moves/" + move.id()).contentType(JSON).body(codec.write(view(move)));
    }

    @Get("/moves/{id}")
    public HttpResponse<byte[]> move(@Nullable @Header(TenantHeader.NAME) String tenantHeader, @PathVariable String id) {
        operator(tenantHeader);
        return HttpResponse.ok(codec.write(view(treasury.find(moveId(id))))).contentType(JSON);
    }

    @Post("/moves/{id}/approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> approve(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                        @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                        @PathVariable String id, @Nullable @Body byte[] body) {
        operator(tenantHeader);
        requireKey(idempotencyKey);
        ApproveBody request = codec.read(nonEmpty(body), ApproveBody.class);
        TreasuryMove move = treasury.approve(moveId(id), request.approverId(), ApprovalController.signature(request.signature()));
        return HttpResponse.ok(codec.write(view(move))).contentType(JSON);
    }

    @Post("/moves/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> cancel(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                       @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                       @PathVariable String id, @Nullable @Body byte[] body) {
        operator(tenantHeader);
        requireKey(idempotencyKey);
        TreasuryBodies.Cancel request = codec.read(nonEmpty(body), TreasuryBodies.Cancel.class);
        return HttpResponse.ok(codec.write(view(treasury.cancel(moveId(id), request.by())))).contentType(JSON);
    }

    private TreasuryMoveView view(TreasuryMove m) {
        return TreasuryMoveView.of(m, treasury.approvals(m.id()));
    }

    private String balance(String address) {
        try {
            return Amount.fromOnChain(node.tokenBalance(token, address), treasury.settings().asset()).toPlainString();
        } catch (RuntimeException e) {
            return null; // the node is unreachable: the overview still answers, without balances
        }
    }

    private static void operator(String tenantHeader) {
        if (!TenantHeader.require(tenantHeader).equals(TreasuryService.OPERATORS)) {
            throw new PlatformException(ErrorCode.FORBIDDEN, "the treasury is operated by platform operators only");
        }
    }

    private static UUID moveId(String id) {
        return PathIds.parse(id, "treasury move");
    }

    private static void requireKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED, "the Idempotency-Key header is required");
        }
    }

    private static byte[] nonEmpty(byte[] body) {
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        return body;
    }
}
