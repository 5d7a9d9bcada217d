package io.usdtcustody.matching.replay;

import java.util.HashMap;
import java.util.Map;

/**
 * The replay's names for what the engine numbers: accounts and orders by the strings of the input, assets
 * and symbols by their codes. Accounts are numbered from 1 in order of first appearance (0 is the fee
 * account, written {@code "@fees"}); order ids are the engine's increasing sequence, given to a name only
 * once the engine accepts it, so a refused order does not use its name up.
 */
final class ReplayNames {
    static final String FEE_ACCOUNT = "@fees";

    private final Map<String, Long> accountIds = new HashMap<>();
    private final Map<Long, String> accountNames = new HashMap<>();
    private final Map<String, Long> orderIds = new HashMap<>();
    private final Map<Long, String> orderNames = new HashMap<>();
    private final Map<String, Integer> orderSymbols = new HashMap<>();
    private final Map<String, Long> transferIds = new HashMap<>();

    ReplayNames() {
        accountNames.put(0L, FEE_ACCOUNT);
    }

    long account(String name) {
        return accountIds.computeIfAbsent(name, n -> {
            long id = accountIds.size() + 1L;
            accountNames.put(id, n);
            return id;
        });
    }

    String accountName(long id) {
        return accountNames.get(id);
    }

    /** The engine id of an accepted order, or null. */
    Long orderId(String name) {
        return orderIds.get(name);
    }

    Integer orderSymbol(String name) {
        return orderSymbols.get(name);
    }

    /** Names an engine order id for the events of the command being run (before it is accepted). */
    void nameOrder(long id, String name) {
        orderNames.put(id, name);
    }

    void orderAccepted(long id, String name, int symbolId) {
        orderIds.put(name, id);
        orderSymbols.put(name, symbolId);
    }

    void forgetOrder(long id) {
        orderNames.remove(id);
    }

    String orderName(long id) {
        return orderNames.get(id);
    }

    /** A named transfer id maps to (0, n); lines without one get a fresh (1, n) so each applies once. */
    long transferId(String name) {
        return transferIds.computeIfAbsent(name, n -> transferIds.size() + 1L);
    }
}
