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
import io.usdtcustody.matching.api.ApiViews.DepthMessage;
import io.usdtcustody.matching.api.ApiViews.Level;
import io.usdtcustody.matching.api.ApiViews.TradeView;
import io.usdtcustody.matching.api.depth.DepthFeed;
import io.usdtcustody.matching.api.depth.DepthLevels;
import io.usdtcustody.matching.core.MatchingCore;
import io.usdtcustody.matching.core.OutcomeEvent;
import io.usdtcustody.matching.engine.instrument.AssetSpec;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import io.usdtcustody.model.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * Reads: an account's trading balances, a book's depth by price level, recent trades, and live SSE feeds of
 * trades and depth. Balances and books are read on the sequencer thread, so they are consistent (and may include commands
 * whose acknowledgement is still waiting for the disk); trades come from durable outcomes only.
 */
@Controller("/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MarketController {
    private final MatchingCore core;
    private final MarketData marketData;
    private final DepthFeed depthFeed;
    private final JsonCodec codec;

    public MarketController(MatchingCore core, MarketData marketData, DepthFeed depthFeed,
            JsonCodec codec) {
        this.core = core;
        this.marketData = marketData;
        this.depthFeed = depthFeed;
        this.codec = codec;
    }

    @Get("/accounts/{account}/balances")
    public HttpResponse<byte[]> balances(@Nullable @Header(AccountIds.TENANT_HEADER) String tenant,
            @PathVariable String account) {
        long accountId = AccountIds.of(tenant, account); // a read names no new account: nothing recorded
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
        int levels = Math.max(1, Math.min(depth == null ? 20 : depth, DepthFeed.LEVELS));
        SymbolSpec spec = symbol(symbol);
        DepthFeed.Reading reading = depthFeed.current(spec.symbolId());
        DepthLevels top = reading.levels().top(levels);
        return json(new Book(spec.name(), reading.sequence(), views(top.bids(), spec), views(top.asks(), spec)));
    }

    @Get("/trades/{symbol}")
    public HttpResponse<byte[]> trades(@PathVariable String symbol, @Nullable @QueryValue Integer limit) {
        SymbolSpec spec = symbol(symbol);
        int count = Math.max(1, Math.min(limit == null ? 100 : limit, MarketData.RECENT_TRADES));
        return json(marketData.recentTrades(spec.symbolId(), count).stream().map(t -> view(t, spec)).toList());
    }

    /**
     * Server-sent events: a {@code snapshot} of the symbol's depth ({@value DepthFeed#LEVELS} levels a side), then
     * a {@code depth} event with the changed levels after each change, numbered one after another; a gap in the
     * numbers means updates were missed (take a new snapshot: reconnect, or read {@code GET /v1/books}).
     */
    @Get("/market-data/{symbol}/depth")
    @Produces(MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<String>> liveDepth(@PathVariable String symbol) {
        SymbolSpec spec = symbol(symbol);
        return depthFeed.subscribe(spec.symbolId()).map(update -> {
            DepthMessage message = new DepthMessage(spec.name(), update.snapshot() ? "snapshot" : "update",
                    update.sequence(), views(update.bids(), spec), views(update.asks(), spec));
            return Event.of(new String(codec.write(message), StandardCharsets.UTF_8))
                    .name(update.snapshot() ? "snapshot" : "depth").id(Long.toString(update.sequence()));
        });
    }

    private static List<Level> views(List<DepthLevels.Level> levels, SymbolSpec spec) {
        return levels.stream().map(level -> new Level(Decimals.format(level.price(), spec.priceScale()),
                Decimals.format(level.quantity(), spec.quantityScale()), level.orders())).toList();
    }

    private SymbolSpec symbol(String name) {
        return Outcomes.await(core.read(engine -> MarketCatalogue.symbol(engine, name)));
    }

    /** Server-sent events: one {@code trade} event per fill of the symbol, from the moment of subscription. */
    @Get("/market-data/{symbol}/trades")
    @Produces(MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<String>> liveTrades(@PathVariable String symbol) {
        SymbolSpec spec = symbol(symbol);
        return marketData.trades(spec.symbolId())
                .map(t -> Event.of(new String(codec.write(view(t, spec)), StandardCharsets.UTF_8))
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
