package io.usdtcustody.custody.deposit.travelrule.api;

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
import io.usdtcustody.custody.address.port.DepositAddresses;
import io.usdtcustody.custody.api.TenantHeader;
import io.usdtcustody.custody.deposit.travelrule.ReceivedTravelRule;
import io.usdtcustody.custody.deposit.travelrule.TravelRuleHolds;
import io.usdtcustody.custody.deposit.travelrule.port.ReceivedTravelRuleStore;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/travel-rule/incoming}: the originating VASP's Travel Rule data for a transfer to one of the
 * caller's deposit addresses, sent by the tenant (or a Travel Rule gateway acting for it). It may come before or
 * after the transfer: it is stored under the tenant, and any deposit of that transfer the Travel Rule holds is
 * decided again at once — released if the data is now complete and its VASP known. Answers 201 (200 for a replay
 * of the same {@code Idempotency-Key}) with the transfer's key and the deposits it matched so far; invalid data is
 * a 400 listing every fault, and nothing is stored.
 */
@Controller("/v1/travel-rule/incoming")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = TravelRuleHolds.class)
public class IncomingTravelRuleController {
    static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ReceivedTravelRuleStore store;
    private final TravelRuleHolds holds;
    private final DepositAddresses addresses;
    private final JsonCodec codec;
    private final Clock clock;

    public IncomingTravelRuleController(ReceivedTravelRuleStore store, TravelRuleHolds holds,
                                        DepositAddresses addresses, JsonCodec codec, Clock clock) {
        this.store = store;
        this.holds = holds;
        this.addresses = addresses;
        this.codec = codec;
        this.clock = clock;
    }

    /** What a submission answers: the key it was stored under, and the held deposits it is about. */
    public record Received(String chain, String txHash, Long logIndex, String destinationAddress, String receivedAt,
                           List<DepositView> deposits) {
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> receive(@Nullable @Header(TenantHeader.NAME) String tenantHeader,
                                        @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                        @Nullable @Body byte[] body) {
        TenantId tenant = TenantHeader.require(tenantHeader);
        requireKey(idempotencyKey);
        if (body == null || body.length == 0) {
            throw new PlatformException(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        IncomingTravelRuleReader.Read read = IncomingTravelRuleReader.read(body, tenant, addresses, codec,
                clock.instant());
        ReceivedTravelRuleStore.Saved saved = store.save(idempotencyKey, read.payloadHash(), read.data());
        ReceivedTravelRule data = read.data();
        // also on a replay: a crash after saving must not leave a held deposit waiting for data it has
        List<DepositView> deposits = holds.received(data).stream().map(DepositView::of).toList();
        Received answer = new Received(data.chain().name(), data.txHash(), data.logIndex(), data.destinationAddress(),
                data.receivedAt().toString(), deposits);
        return HttpResponse.<byte[]>status(saved.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON).body(codec.write(answer));
    }

    static void requireKey(String idempotencyKey) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new PlatformException(ErrorCode.VALIDATION_FAILED,
                    "Idempotency-Key must be 1-128 characters of letters, digits and . _ : -");
        }
    }
}
