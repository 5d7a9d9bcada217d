package io.usdtcustody.matching.engine.api;

/**
 * One command for the engine, stamped by the sequencer (time and order id are never made up inside the
 * engine). It is a mutable flyweight on purpose: the sequencer and the journal reuse one instance per slot, so
 * the order path allocates nothing. Fields a command type does not use are ignored.
 *
 * <p>Amounts are scaled longs: prices in the symbol's price units (one unit = 10^-priceScale of the quote
 * asset), quantities in the symbol's quantity units (10^-quantityScale of the base asset), deposit and
 * withdrawal amounts in the asset's units (10^-scale of the asset).
 */
public final class Command {
    public CommandType type;
    /** Sequencer time in nanoseconds since the epoch; drives rate limits, never read from a clock. */
    public long timestampNanos;

    public long orderId;
    public long accountId;
    public int symbolId;
    public Side side;
    public OrderType orderType;
    public TimeInForce timeInForce;
    public boolean postOnly;
    /** LIMIT price, or the new price of an AMEND; ignored for MARKET. */
    public long price;
    /** Order quantity, or the new remaining quantity of an AMEND. */
    public long quantity;

    public int assetId;
    /** Deposit or withdrawal amount in asset units, always positive. */
    public long amount;
    /** 128-bit transfer id (a UUID fits), the idempotency key of deposits and withdrawals. */
    public long transferIdHigh;
    public long transferIdLow;

    /** Name of an asset or symbol being defined. */
    public String name;
    /** ADD_ASSET: decimals of the asset's unit. */
    public int assetScale;
    /** ADD_SYMBOL: base and quote assets (assetId is unused). */
    public int baseAssetId;
    public int quoteAssetId;
    public int priceScale;
    public int quantityScale;
    public long tick;
    public long lot;
    public int makerFeeBps;
    public int takerFeeBps;

    /** Fills this command as a PLACE. */
    public Command place(long timestampNanos, long orderId, long accountId, int symbolId, Side side,
            OrderType orderType, TimeInForce timeInForce, boolean postOnly, long price, long quantity) {
        this.type = CommandType.PLACE;
        this.timestampNanos = timestampNanos;
        this.orderId = orderId;
        this.accountId = accountId;
        this.symbolId = symbolId;
        this.side = side;
        this.orderType = orderType;
        this.timeInForce = timeInForce;
        this.postOnly = postOnly;
        this.price = price;
        this.quantity = quantity;
        return this;
    }

    /** Fills this command as a CANCEL. */
    public Command cancel(long timestampNanos, long orderId, long accountId, int symbolId) {
        this.type = CommandType.CANCEL;
        this.timestampNanos = timestampNanos;
        this.orderId = orderId;
        this.accountId = accountId;
        this.symbolId = symbolId;
        return this;
    }

    /** Fills this command as an AMEND to a new price and remaining quantity. */
    public Command amend(long timestampNanos, long orderId, long accountId, int symbolId, long newPrice,
            long newQuantity) {
        this.type = CommandType.AMEND;
        this.timestampNanos = timestampNanos;
        this.orderId = orderId;
        this.accountId = accountId;
        this.symbolId = symbolId;
        this.price = newPrice;
        this.quantity = newQuantity;
        return this;
    }

    /** Fills this command as a DEPOSIT (funding to trading) or WITHDRAW (trading to funding). */
    public Command transfer(CommandType depositOrWithdraw, long timestampNanos, long accountId, int assetId,
            long amount, long transferIdHigh, long transferIdLow) {
        if (depositOrWithdraw != CommandType.DEPOSIT && depositOrWithdraw != CommandType.WITHDRAW) {
            throw new IllegalArgumentException("not a transfer: " + depositOrWithdraw);
        }
        this.type = depositOrWithdraw;
        this.timestampNanos = timestampNanos;
        this.accountId = accountId;
        this.assetId = assetId;
        this.amount = amount;
        this.transferIdHigh = transferIdHigh;
        this.transferIdLow = transferIdLow;
        return this;
    }

    /** Fills this command as ADD_ASSET. */
    public Command addAsset(long timestampNanos, int assetId, String name, int scale) {
        this.type = CommandType.ADD_ASSET;
        this.timestampNanos = timestampNanos;
        this.assetId = assetId;
        this.name = name;
        this.assetScale = scale;
        return this;
    }

    /** Fills this command as ADD_SYMBOL; tick and lot are in the symbol's price and quantity units. */
    public Command addSymbol(long timestampNanos, int symbolId, String name, int baseAssetId, int quoteAssetId,
            int priceScale, int quantityScale, long tick, long lot, int makerFeeBps, int takerFeeBps) {
        this.type = CommandType.ADD_SYMBOL;
        this.timestampNanos = timestampNanos;
        this.symbolId = symbolId;
        this.name = name;
        this.baseAssetId = baseAssetId;
        this.quoteAssetId = quoteAssetId;
        this.priceScale = priceScale;
        this.quantityScale = quantityScale;
        this.tick = tick;
        this.lot = lot;
        this.makerFeeBps = makerFeeBps;
        this.takerFeeBps = takerFeeBps;
        return this;
    }

    /** Copies every field of {@code other} into this command. */
    public Command copyFrom(Command other) {
        type = other.type;
        timestampNanos = other.timestampNanos;
        orderId = other.orderId;
        accountId = other.accountId;
        symbolId = other.symbolId;
        side = other.side;
        orderType = other.orderType;
        timeInForce = other.timeInForce;
        postOnly = other.postOnly;
        price = other.price;
        quantity = other.quantity;
        assetId = other.assetId;
        amount = other.amount;
        transferIdHigh = other.transferIdHigh;
        transferIdLow = other.transferIdLow;
        name = other.name;
        assetScale = other.assetScale;
        baseAssetId = other.baseAssetId;
        quoteAssetId = other.quoteAssetId;
        priceScale = other.priceScale;
        quantityScale = other.quantityScale;
        tick = other.tick;
        lot = other.lot;
        makerFeeBps = other.makerFeeBps;
        takerFeeBps = other.takerFeeBps;
        return this;
    }

    @Override
    public String toString() {
        return switch (type == null ? CommandType.PLACE : type) {
            case PLACE -> "PLACE#" + orderId + " acct " + accountId + " sym " + symbolId + ' ' + side + ' '
                    + orderType + ' ' + timeInForce + (postOnly ? " postOnly " : " ") + quantity + '@' + price;
            case CANCEL -> "CANCEL#" + orderId + " acct " + accountId + " sym " + symbolId;
            case AMEND -> "AMEND#" + orderId + " acct " + accountId + " sym " + symbolId + ' ' + quantity + '@'
                    + price;
            case DEPOSIT, WITHDRAW -> type + " acct " + accountId + " asset " + assetId + ' ' + amount;
            case ADD_ASSET -> "ADD_ASSET " + assetId + ' ' + name;
            case ADD_SYMBOL -> "ADD_SYMBOL " + symbolId + ' ' + name;
        };
    }
}
