package io.usdtcustody.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.matching.engine.instrument.AssetSpec;
import io.usdtcustody.matching.transfers.TradingWithdrawals;
import io.usdtcustody.matching.transfers.WithdrawalRecord;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Funding ↔ trading transfers over HTTP.
 * <ul>
 *   <li>{@code POST /v1/trading-withdrawals}: a customer takes USDT from trading back to funding. The debit is
 *       journaled (available balance only: it reserves nothing, and too little is a 422), then custody is told
 *       through the {@code trading-withdrawals} stream; the {@code Idempotency-Key} names the withdrawal.</li>
 *   <li>{@code POST /v1/transfers}: credits a trading balance by transfer id, applied once — money custody never
 *       moved, so it is OFF unless {@code matching.transfers.direct-credits} is true (tests and load harnesses
 *       fund accounts with it; a deployment never sets it, and it is not a gateway route). Custody's transfers
 *       arrive through the {@code trading-transfers} stream; a WITHDRAW here is always refused, because it would
 *       debit trading without telling custody.</li>
 * </ul>
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class TransferController {
    private final MatchingCore core;
    private final AccountDirectory accounts;
    private final JsonCodec codec;
    private final Optional<TradingWithdrawals> withdrawals;
    private final boolean directCredits;

    public TransferController(MatchingCore core, AccountDirectory accounts, JsonCodec codec,
            Optional<TradingWithdrawals> withdrawals,
            @Value("${matching.transfers.direct-credits:false}") boolean directCredits) {
        this.core = core;
        this.accounts = accounts;
        this.codec = codec;
        this.withdrawals = withdrawals;
        this.directCredits = directCredits;
    }

    /** What a transfer did. */
    record TransferResult(String transferId, String status, long sequence) {
    }

    /** The body of a withdrawal from trading; decoded strictly. */
    record WithdrawalBody(String account, String asset, String amount) {
    }

    /** A withdrawal from trading as answered: {@code APPLIED} (journaled) or {@code PUBLISHED} (custody told). */
    record WithdrawalView(String transferId, String account, String asset, String amount, String status) {
    }

    @Post("/v1/trading-withdrawals")
    public HttpResponse<byte[]> withdraw(@Nullable @Header(AccountIds.TENANT_HEADER) String tenant,
            @Nullable @Header("Idempotency-Key") String idempotencyKey, @Nullable @Body byte[] body)
            throws InterruptedException {
        WithdrawalBody fields = codec.read(body == null ? new byte[0] : body, WithdrawalBody.class);
        accounts.register(tenant, fields.account());
        if (!"USDT".equals(fields.asset())) {
            throw PlatformException.validation("asset must be USDT", List.of());
        }
        TradingWithdrawals service = withdrawals.orElseThrow(() ->
                new PlatformException(ErrorCode.UNAVAILABLE, "withdrawals from trading are off on this instance"));
        TradingWithdrawals.Withdrawn withdrawn = service.withdraw(tenant, idempotencyKey, fields.account(),
                fields.amount());
        WithdrawalRecord w = withdrawn.withdrawal();
        return HttpResponse.<byte[]>status(withdrawn.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON)
                .body(codec.write(new WithdrawalView(w.transferId().toString(), w.account(), fields.asset(), service.amount(w),
                        w.state().name())));
    }

    @Post("/v1/transfers")
    public HttpResponse<byte[]> transfer(@Nullable @Header(AccountIds.TENANT_HEADER) String tenant,
            @Nullable @Body byte[] body) {
        if (!directCredits) {
            throw new PlatformException(ErrorCode.FORBIDDEN, "direct credits are off: trading balances are funded "
                    + "only by custody's transfers (POST /v1/trading-transfers at custody)");
        }
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        JsonNode tree = codec.readTree(body);
        long account = accounts.register(tenant, tree.path("account").asText(null));
        UUID transferId = uuid(tree.path("transferId").asText(""));
        CommandType direction = OrderController.parse(CommandType.class, tree.path("direction").asText(""), "direction");
        if (direction != CommandType.DEPOSIT) {
            throw PlatformException.validation(
                    "direction must be DEPOSIT; withdrawals go through POST /v1/trading-withdrawals", List.of());
        }
        String assetName = tree.path("asset").asText("");
        AssetSpec asset = Outcomes.await(core.read(e -> MarketCatalogue.assets(e).stream()
                .filter(a -> a.name().equals(assetName)).findFirst().orElse(null)));
        if (asset == null) {
            throw new PlatformException(ErrorCode.NOT_FOUND, "no asset " + assetName);
        }
        long amount = Decimals.parse(tree.path("amount").asText(null), asset.scale(), "amount");
        Command transfer = new Command().transfer(direction, 0, account, asset.assetId(), amount,
                transferId.getMostSignificantBits(), transferId.getLeastSignificantBits());
        CommandOutcome outcome = Outcomes.requireSuccess(Outcomes.await(core.submit(transfer)));
        String status = outcome.code() == ResultCode.TRANSFER_ALREADY_APPLIED ? "ALREADY_APPLIED" : "APPLIED";
        return HttpResponse.ok(codec.write(new TransferResult(transferId.toString(), status, outcome.sequence())))
                .contentType(MediaType.APPLICATION_JSON);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw PlatformException.validation("transferId must be a UUID", List.of());
        }
    }
}
