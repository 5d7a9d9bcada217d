package io.usdtcustody.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /v1/transfers}: funding ↔ trading transfers from custody, applied exactly once per
 * {@code transferId} (a UUID: the engine's idempotency key, so a retry answers {@code ALREADY_APPLIED} and
 * changes nothing). Custody calls it service to service; it is not a partner route.
 */
@Controller("/v1/transfers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TransferController {
    private final MatchingCore core;
    private final AccountDirectory accounts;
    private final JsonCodec codec;

    public TransferController(MatchingCore core, AccountDirectory accounts, JsonCodec codec) {
        this.core = core;
        this.accounts = accounts;
        this.codec = codec;
    }

    /** What a transfer did. */
    record TransferResult(String transferId, String status, long sequence) {
    }

    @Post
    public HttpResponse<byte[]> transfer(@Nullable @Header(AccountIds.TENANT_HEADER) String tenant,
            @Nullable @Body byte[] body) {
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        JsonNode tree = codec.readTree(body);
        long account = accounts.accountId(tenant, tree.path("account").asText(null));
        UUID transferId = uuid(tree.path("transferId").asText(""));
        CommandType direction = OrderController.parse(CommandType.class, tree.path("direction").asText(""), "direction");
        if (direction != CommandType.DEPOSIT && direction != CommandType.WITHDRAW) {
            throw PlatformException.validation("direction must be DEPOSIT or WITHDRAW", List.of());
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
