package io.usdtcustody.matching.engine.state;

import io.usdtcustody.matching.engine.api.EngineConfig;
import io.usdtcustody.matching.engine.book.OrderBook;
import io.usdtcustody.matching.engine.book.OrderBookFactory;
import io.usdtcustody.matching.engine.collections.LongPairHashSet;
import io.usdtcustody.matching.engine.instrument.Instruments;
import io.usdtcustody.matching.engine.risk.Account;
import io.usdtcustody.matching.engine.risk.Accounts;
import java.util.Arrays;

/**
 * Everything the engine knows, in one place: rules, instruments, books, accounts, applied transfer ids, the
 * highest order id accepted and, per asset, the net amount transferred in (what all balances must add up
 * to). The snapshot writes exactly this, and the state hash is taken over that snapshot.
 */
public final class EngineState {
    private final EngineConfig config;
    private final OrderBookFactory bookFactory;
    private final Instruments instruments = new Instruments();
    private final Accounts accounts;
    private final LongPairHashSet appliedTransfers = new LongPairHashSet(1024);
    private OrderBook[] books = new OrderBook[8];
    private long[] netTransferredIn = new long[8];
    private long lastOrderId;

    public EngineState(EngineConfig config, OrderBookFactory bookFactory) {
        this.config = config;
        this.bookFactory = bookFactory;
        this.accounts = new Accounts(config.expectedAccounts());
        accounts.getOrCreate(config.feeAccountId());
    }

    public EngineConfig config() {
        return config;
    }

    public Instruments instruments() {
        return instruments;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Account feeAccount() {
        return accounts.get(config.feeAccountId());
    }

    public LongPairHashSet appliedTransfers() {
        return appliedTransfers;
    }

    /** The book of a symbol, or {@code null} when the symbol is not defined. */
    public OrderBook book(int symbolId) {
        return symbolId >= 0 && symbolId < books.length ? books[symbolId] : null;
    }

    /** Creates the book of a symbol that was just defined. */
    public OrderBook openBook(int symbolId) {
        if (symbolId >= books.length) {
            books = Arrays.copyOf(books, Math.max(symbolId + 1, books.length * 2));
        }
        books[symbolId] = bookFactory.create(symbolId, config.expectedOrdersPerBook());
        return books[symbolId];
    }

    /** Sizes balances for a new asset. */
    public void assetAdded(int assetId) {
        if (assetId >= netTransferredIn.length) {
            netTransferredIn = Arrays.copyOf(netTransferredIn, Math.max(assetId + 1, netTransferredIn.length * 2));
        }
        accounts.assetIdBound(instruments.assetIdBound());
    }

    public long netTransferredIn(int assetId) {
        return assetId < netTransferredIn.length ? netTransferredIn[assetId] : 0;
    }

    public void addNetTransferredIn(int assetId, long signedAmount) {
        netTransferredIn[assetId] += signedAmount;
    }

    public long lastOrderId() {
        return lastOrderId;
    }

    public void lastOrderId(long orderId) {
        this.lastOrderId = orderId;
    }
}
