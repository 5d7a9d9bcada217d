package io.usdtcustody.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.book.BookView;
import io.usdtcustody.matching.engine.book.OrderBook;
import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import java.util.HashMap;
import java.util.Map;

/** Assertions of what must hold after every command, whatever the commands were. */
public final class EngineInvariants {
    private EngineInvariants() {
    }

    /** Every book is uncrossed, money is conserved per asset, and reservations match resting orders exactly. */
    public static void assertHold(MatchingEngine engine) {
        Map<String, Long> heldByOrders = new HashMap<>();
        for (int symbolId = 0; symbolId < engine.symbolIdBound(); symbolId++) {
            BookView book = engine.book(symbolId);
            if (book == null) {
                continue;
            }
            if (book.bestBid() != OrderBook.NO_PRICE && book.bestAsk() != OrderBook.NO_PRICE) {
                assertThat(book.bestBid()).as("best bid below best ask in symbol %d", symbolId)
                        .isLessThan(book.bestAsk());
            }
            SymbolSpec symbol = engine.symbol(symbolId);
            book.forEachOrder(o -> {
                boolean buy = o.side() == Side.BUY;
                int asset = buy ? symbol.quote().assetId() : symbol.base().assetId();
                long held = buy ? symbol.buyReserve(o.price(), o.remaining()) : symbol.baseUnits(o.remaining());
                heldByOrders.merge(o.accountId() + "/" + asset, held, Long::sum);
            });
        }
        for (int asset = 0; asset < engine.assetIdBound(); asset++) {
            long total = 0;
            for (long account : engine.accountIds()) {
                long available = engine.available(account, asset);
                long reserved = engine.reserved(account, asset);
                assertThat(available).as("available of %d in asset %d", account, asset).isNotNegative();
                assertThat(reserved).as("reserved of %d in asset %d equals what its orders hold", account, asset)
                        .isEqualTo(heldByOrders.getOrDefault(account + "/" + asset, 0L));
                total += available + reserved;
            }
            assertThat(total).as("all balances of asset %d add up to what was transferred in", asset)
                    .isEqualTo(engine.netTransferredIn(asset));
        }
    }
}
