package io.usdtcustody.matching.api;

import java.util.List;

/** The JSON shapes of the matching API; amounts are decimal strings, ids are strings. */
final class ApiViews {
    private ApiViews() {
    }

    /** {@code POST /v1/orders}: type LIMIT or MARKET, tif GTC/IOC/FOK (MARKET is IOC), no price for MARKET. */
    record PlaceOrder(String account, String symbol, String side, String type, String tif, String price,
            String qty, boolean postOnly) {
    }

    /** {@code PATCH /v1/orders/{id}}: new price and remaining quantity (either may be left out). */
    record AmendOrder(String account, String symbol, String price, String qty) {
    }

    record Fill(String makerOrderId, String price, String qty, String fee) {
    }

    /** What a write did: the order's id, where it stands now (RESTING, FILLED or CANCELLED with a reason), and the fills it took part in as taker. */
    record OrderResult(String orderId, String status, String reason, String remaining, List<Fill> fills, long sequence) {
    }

    record RestingOrderView(String orderId, String symbol, String side, String price, String remaining) {
    }

    record Balance(String asset, String available, String reserved) {
    }

    record Balances(String account, List<Balance> balances) {
    }

    record Level(String price, String qty, int orders) {
    }

    /** {@code GET /v1/books/{symbol}}: {@code sequence} is the depth stream's number for this depth. */
    record Book(String symbol, long sequence, List<Level> bids, List<Level> asks) {
    }

    /**
     * One message of the depth stream: the whole depth ({@code snapshot}) or the levels that changed
     * ({@code update}; quantity "0" = the level is gone), numbered one after another per symbol.
     */
    record DepthMessage(String symbol, String type, long sequence, List<Level> bids, List<Level> asks) {
    }

    record TradeView(String symbol, String price, String qty, String takerSide, String takerOrderId,
            String makerOrderId) {
    }
}
