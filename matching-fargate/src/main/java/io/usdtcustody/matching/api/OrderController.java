package io.usdtcustody.matching.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.matching.api.ApiViews.AmendOrder;
import io.usdtcustody.matching.api.ApiViews.Fill;
import io.usdtcustody.matching.api.ApiViews.OrderResult;
import io.usdtcustody.matching.api.ApiViews.PlaceOrder;
import io.usdtcustody.matching.api.ApiViews.RestingOrderView;
import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.core.OutcomeEvent;
import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import io.usdtcustody.matching.engine.book.RestingOrder;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.json.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Orders: place, cancel, amend and look up, for the tenant's account ({@code X-Tenant-Id} from the gateway plus
 * the account named in the request). A write answers only once its command is durable in the journal, and
 * takes an {@code Idempotency-Key} ({@link KeyedCommands}).
 */
@Controller("/v1/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrderController {
    private final MatchingCore core;
    private final AccountDirectory accounts;
    private final JsonCodec codec;
    private final KeyedCommands keyed;

    public OrderController(MatchingCore core, AccountDirectory accounts, JsonCodec codec, KeyedCommands keyed) {
        this.core = core;
        this.accounts = accounts;
        this.codec = codec;
        this.keyed = keyed;
    }

    @Post
    public HttpResponse<byte[]> place(@Nullable @Header(AccountIds.TENANT_HEADER) String tenant,
            @Nullable @Header(ApiSpec.IDEMPOTENCY_KEY_HEADER) String key, @Nullable @Body byte[] body) {
        PlaceOrder request = RequestBodies.place(codec, body);
        long account = accounts.register(tenant, request.account());
        SymbolSpec symbol = symbol(request.symbol());
        OrderType type = parse(OrderType.class, request.type(), "type");
        TimeInForce tif = type == OrderType.MARKET ? TimeInForce.IOC : parse(TimeInForce.class, request.tif(), "tif");
        long price = type == OrderType.MARKET ? 0 : Decimals.parse(request.price(), symbol.priceScale(), "price");
        long qty = Decimals.parse(request.qty(), symbol.quantityScale(), "qty");
        Command place = new Command().place(0, 0, account, symbol.symbolId(), parse(Side.class, request.side(), "side"),
                type, tif, request.postOnly(), price, qty);
        return keyed.run(tenant, key, "/v1/orders", "POST /v1/orders " + request, () -> core.submit(place),
                outcome -> answer(HttpStatus.CREATED, result(Outcomes.requireSuccess(outcome), symbol, qty)));
    }

    @Delete("/{orderId}")
    public HttpResponse<byte[]> cancel(@Nullable @Header(AccountIds.TENANT_HEADER) String tenant,
            @Nullable @Header(ApiSpec.IDEMPOTENCY_KEY_HEADER) String key, @PathVariable String orderId,
            @QueryValue String account, @QueryValue String symbol) {
        SymbolSpec spec = symbol(symbol);
        Command cancel = new Command().cancel(0, id(orderId), accounts.register(tenant, account), spec.symbolId());
        String path = "/v1/orders/" + orderId;
        return keyed.run(tenant, key, path, "DELETE " + path + " account=" + account + " symbol=" + symbol,
                () -> core.submit(cancel),
                outcome -> answer(HttpStatus.OK, result(Outcomes.requireSuccess(outcome), spec, 0)));
    }

    @Patch("/{orderId}")
    public HttpResponse<byte[]> amend(@Nullable @Header(AccountIds.TENANT_HEADER) String tenant,
            @Nullable @Header(ApiSpec.IDEMPOTENCY_KEY_HEADER) String key, @PathVariable String orderId,
            @Nullable @Body byte[] body) {
        AmendOrder request = RequestBodies.amend(codec, body);
        long account = accounts.register(tenant, request.account());
        SymbolSpec spec = symbol(request.symbol());
        long id = id(orderId);
        long[] qty = new long[1];
        String path = "/v1/orders/" + orderId;
        return keyed.run(tenant, key, path, "PATCH " + path + " " + request, () -> {
            RestingOrder resting = Outcomes.await(core.read(e -> copyOf(e.book(spec.symbolId()).find(id))));
            if (resting == null || resting.accountId() != account) {
                throw new PlatformException(ErrorCode.NOT_FOUND, "no resting order " + orderId);
            }
            long price = request.price() == null ? resting.price()
                    : Decimals.parse(request.price(), spec.priceScale(), "price");
            qty[0] = request.qty() == null ? resting.remaining()
                    : Decimals.parse(request.qty(), spec.quantityScale(), "qty");
            return core.submit(new Command().amend(0, id, account, spec.symbolId(), price, qty[0]));
        }, outcome -> answer(HttpStatus.OK, result(Outcomes.requireSuccess(outcome), spec, qty[0])));
    }

    @Get("/{orderId}")
    public HttpResponse<byte[]> get(@Nullable @Header(AccountIds.TENANT_HEADER) String tenant,
            @PathVariable String orderId, @QueryValue String account, @QueryValue String symbol) {
        long accountId = AccountIds.of(tenant, account); // a read names no new account: nothing recorded
        SymbolSpec spec = symbol(symbol);
        long id = id(orderId);
        RestingOrder resting = Outcomes.await(core.read(e -> copyOf(e.book(spec.symbolId()).find(id))));
        if (resting == null || resting.accountId() != accountId) { // another account's order is not there for you
            throw new PlatformException(ErrorCode.NOT_FOUND, "no resting order " + orderId);
        }
        return json(HttpStatus.OK, new RestingOrderView(orderId, spec.name(), resting.side().name(),
                Decimals.format(resting.price(), spec.priceScale()),
                Decimals.format(resting.remaining(), spec.quantityScale())));
    }

    private SymbolSpec symbol(String name) {
        return Outcomes.await(core.read(e -> MarketCatalogue.symbol(e, name)));
    }

    /** A copy taken on the sequencer thread: the book's own order objects are reused there. */
    private static RestingOrder copyOf(RestingOrder order) {
        return order == null ? null : new Resting(order.orderId(), order.accountId(), order.side(), order.price(),
                order.remaining(), order.timestampNanos(), order.postOnly());
    }

    private record Resting(long orderId, long accountId, Side side, long price, long remaining, long timestampNanos,
            boolean postOnly) implements RestingOrder {
    }

    private static OrderResult result(CommandOutcome outcome, SymbolSpec spec, long quantity) {
        List<Fill> fills = new ArrayList<>();
        String status = "RESTING";
        String reason = null;
        long remaining = quantity;
        for (OutcomeEvent event : outcome.events()) {
            if (event instanceof OutcomeEvent.Trade t && t.takerOrderId() == outcome.orderId()) {
                fills.add(new Fill(Long.toString(t.makerOrderId()), Decimals.format(t.price(), spec.priceScale()),
                        Decimals.format(t.quantity(), spec.quantityScale()),
                        Decimals.format(t.takerFee(), spec.quote().scale())));
                remaining -= t.quantity();
            } else if (event instanceof OutcomeEvent.Cancelled c && c.orderId() == outcome.orderId()) {
                status = "CANCELLED";
                reason = c.reason().name();
                remaining = c.remainingQuantity();
            } else if (event instanceof OutcomeEvent.Amended a && a.orderId() == outcome.orderId()) {
                remaining = a.remainingQuantity();
            }
        }
        if (status.equals("RESTING") && remaining == 0) {
            status = "FILLED";
        }
        return new OrderResult(Long.toString(outcome.orderId()), status, reason,
                Decimals.format(remaining, spec.quantityScale()), fills, outcome.sequence());
    }

    private KeyedCommands.Answer answer(HttpStatus status, Object body) {
        return new KeyedCommands.Answer(status, codec.write(body));
    }

    private HttpResponse<byte[]> json(HttpStatus status, Object body) {
        return HttpResponse.<byte[]>status(status).contentType(MediaType.APPLICATION_JSON).body(codec.write(body));
    }

    private static long id(String orderId) {
        try {
            return Long.parseLong(orderId);
        } catch (NumberFormatException e) {
            throw new PlatformException(ErrorCode.NOT_FOUND, "no order " + orderId);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw PlatformException.validation(field + " is missing or not one of the accepted values", List.of());
        }
    }
}
