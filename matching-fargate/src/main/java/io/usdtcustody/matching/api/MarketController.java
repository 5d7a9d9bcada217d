package io.usdtcustody.matching.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.usdtcustody.matching.api.ApiViews.Balance;
import io.usdtcustody.matching.api.ApiViews.Balances;
import io.usdtcustody.matching.api.ApiViews.Book;
import io.usdtcustody.matching.api.ApiViews.Level;
import io.usdtcustody.matching.api.ApiViews.TradeView;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.core.OutcomeEvent;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.instrument.AssetSpec;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.model.json.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * Reads: an account's trading balances, a book's depth by price level, recent trades, and a live SSE feed of
 * trades. Balances and books are read on the sequencer thread, so they are consistent (and may include commands
 * whose acknowledgement is still waiting for the disk); trades come from durable outcomes only.
 */
@Controller("/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MarketController {
    private static final int MAX_DEPTH = 100;
    private final MatchingCore core;
    private final AccountDirectory accounts;
    private final MarketData marketData;
    private final JsonCodec codec;

    public MarketController(MatchingCore core, AccountDirectory accounts, MarketData marketData, JsonCodec codec) {
        this.core = core;
        this.accounts = accounts;
        this.marketData = marketData;
        this.codec = codec;
    }

    @Get("/accounts/{account}/balances")
    public HttpResponse<byte[]> balances(@Nullable @Header(AccountIds.TENANT_HEADER) String tenant,
            @PathVariable String account) {
        long accountId = accounts.accountId(tenant, account);
        List<Balance> balances = Outcomes.await(core.read(engine -> {
            List<Balance> out = new ArrayList<>();
            for (AssetSpec asset : MarketCatalogue.assets(engine)) {
                out.add(new Balance(asset.name(), Decimals.format(engine.available(accountId, asset.assetId()),
                        asset.scale()), Decimals.format(engine.reserved(accountId, asset.assetId()), asset.scale())));
            }
            return out;
        }));
        return json(new Balances(account, balances));
    }

    @Get("/books/{symbol}")
    public HttpResponse<byte[]> book(@PathVariable String symbol, @Nullable @QueryValue Integer depth) {
        int levels = Math.max(1, Math.min(depth == null ? 20 : depth, MAX_DEPTH));
        Book book = Outcomes.await(core.read(engine -> {
            SymbolSpec spec = MarketCatalogue.symbol(engine, symbol);
            List<Level> bids = new ArrayList<>();
            List<Level> asks = new ArrayList<>();
            long[] level = {Long.MIN_VALUE, 0, 0, -1}; // price, quantity, orders, side ordinal
            engine.book(spec.symbolId()).forEachOrder(order -> {
                if (order.price() != level[0] || order.side().ordinal() != level[3]) {
                    flush(level, bids, asks, spec, levels);
                    level[0] = order.price();
                    level[3] = order.side().ordinal();
                }
                level[1] += order.remaining();
                level[2]++;
            });
            flush(level, bids, asks, spec, levels);
            return new Book(spec.name(), bids, asks);
        }));
        return json(book);
    }

    private static void flush(long[] level, List<Level> bids, List<Level> asks, SymbolSpec spec, int limit) {
        if (level[2] > 0) {
            List<Level> side = level[3] == Side.BUY.ordinal() ? bids : asks;
            if (side.size() < limit) {
                side.add(new Level(Decimals.format(level[0], spec.priceScale()),
                        Decimals.format(level[1], spec.quantityScale()), (int) level[2]));
            }
        }
        level[1] = 0;
        level[2] = 0;
    }

    @Get("/trades/{symbol}")
    public HttpResponse<byte[]> trades(@PathVariable String symbol, @Nullable @QueryValue Integer limit) {
        SymbolSpec spec = Outcomes.await(core.read(engine -> MarketCatalogue.symbol(engine, symbol)));
        int count = Math.max(1, Math.min(limit == null ? 100 : limit, MarketData.RECENT_TRADES));
        return json(marketData.recentTrades(spec.symbolId(), count).stream().map(t -> view(t, spec)).toList());
    }

    /** Server-sent events: one {@code trade} event per fill of the symbol, from the moment of subscription. */
    @Get("/market-data/{symbol}/trades")
    @Produces(MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<String>> liveTrades(@PathVariable String symbol) {
        SymbolSpec spec = Outcomes.await(core.read(engine -> MarketCatalogue.symbol(engine, symbol)));
        return marketData.trades(spec.symbolId())
                .map(t -> Event.of(new String(codec.write(view(t, spec)), java.nio.charset.StandardCharsets.UTF_8))
                        .name("trade"));
    }

    private static TradeView view(OutcomeEvent.Trade trade, SymbolSpec spec) {
        return new TradeView(spec.name(), Decimals.format(trade.price(), spec.priceScale()),
                Decimals.format(trade.quantity(), spec.quantityScale()), trade.takerSide().name(),
                Long.toString(trade.takerOrderId()), Long.toString(trade.makerOrderId()));
    }

    private HttpResponse<byte[]> json(Object body) {
        return HttpResponse.ok(codec.write(body)).contentType(MediaType.APPLICATION_JSON);
    }
}
