package io.usdtcustody.matching.api;

import io.usdtcustody.matching.engine.api.Command;
import io.usdtcustody.matching.engine.api.CommandType;
import io.usdtcustody.matching.engine.api.OrderType;
import io.usdtcustody.matching.engine.api.Side;
import io.usdtcustody.matching.engine.api.TimeInForce;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The requests the service crash test sends, each with the engine command the service turns it into (so a
 * reference engine can execute exactly what was acknowledged): opening deposits, then GTC/IOC/FOK/market orders
 * on BTC-USDT around 30,000 and cancels of orders placed earlier.
 */
final class ServiceWorkload {
    static final String TENANT = "crash-tenant";
    static final List<String> ACCOUNTS = List.of("a1", "a2", "a3", "a4");

    /**
     * One HTTP request and its command; {@code orderId} 0 for a PLACE means "whatever the sequencer gives";
     * {@code idempotencyKey} is unique per step (null for transfers, whose transfer id is their key).
     */
    record Step(String method, String path, String body, Command command, String idempotencyKey) {
    }

    private final Random random;
    private int deposits;
    private int steps;

    ServiceWorkload(long seed) {
        this.random = new Random(seed);
    }

    /** The next step; {@code placedIds} are ids of orders acknowledged so far (cancel targets). */
    Step next(List<Long> placedIds) {
        if (deposits < ACCOUNTS.size() * 2) {
            String account = ACCOUNTS.get(deposits / 2);
            boolean usdt = deposits % 2 == 0;
            UUID id = new UUID(0x5e55, deposits++);
            String amount = usdt ? "1000000" : "100";
            Command command = new Command().transfer(CommandType.DEPOSIT, 0, AccountIds.of(TENANT, account),
                    usdt ? MarketCatalogue.USDT : MarketCatalogue.BTC, usdt ? 1_000_000_000_000L : 10_000_000_000L,
                    id.getMostSignificantBits(), id.getLeastSignificantBits());
            return new Step("POST", "/v1/transfers", "{\"transferId\":\"" + id + "\",\"account\":\"" + account
                    + "\",\"asset\":\"" + (usdt ? "USDT" : "BTC") + "\",\"amount\":\"" + amount
                    + "\",\"direction\":\"DEPOSIT\"}", command, null);
        }
        String account = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
        long accountId = AccountIds.of(TENANT, account);
        int roll = random.nextInt(100);
        if (roll < 30 && !placedIds.isEmpty()) {
            long target = placedIds.get(placedIds.size() - 1 - random.nextInt(Math.min(50, placedIds.size())));
            return new Step("DELETE", "/v1/orders/" + target + "?account=" + account + "&symbol=BTC-USDT", null,
                    new Command().cancel(0, target, accountId, 0), key());
        }
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        long qty = 1 + random.nextInt(5_000); // 0.0001 .. 0.5 BTC
        if (roll < 40) {
            return new Step("POST", "/v1/orders", "{\"account\":\"" + account + "\",\"symbol\":\"BTC-USDT\",\"side\":\""
                    + side + "\",\"type\":\"MARKET\",\"qty\":\"" + Decimals.format(qty, 4) + "\"}",
                    new Command().place(0, 0, accountId, 0, side, OrderType.MARKET, TimeInForce.IOC, false, 0, qty),
                    key());
        }
        TimeInForce tif = roll < 85 ? TimeInForce.GTC : roll < 93 ? TimeInForce.IOC : TimeInForce.FOK;
        long price = 2_990_000 + random.nextInt(201) * 100L; // 29,900.00 .. 30,100.00
        return new Step("POST", "/v1/orders", "{\"account\":\"" + account + "\",\"symbol\":\"BTC-USDT\",\"side\":\""
                + side + "\",\"type\":\"LIMIT\",\"tif\":\"" + tif + "\",\"price\":\"" + Decimals.format(price, 2)
                + "\",\"qty\":\"" + Decimals.format(qty, 4) + "\"}",
                new Command().place(0, 0, accountId, 0, side, OrderType.LIMIT, tif, false, price, qty), key());
    }

    private String key() {
        return "step-" + ++steps;
    }
}
