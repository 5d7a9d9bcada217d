package io.usdtcustody.localcloud.launcher;

import io.usdtcustody.localcloud.component.EvmNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds a small demo on a fresh local cloud so there is something to look at: on-chain USDT for a demo
 * treasury and a demo customer wallet. Later capabilities add their own demo data through their public APIs.
 */
public final class DemoSeed {
    /** 1,000,000 USDT in 6-decimal units. */
    static final BigInteger TREASURY_MINOR = BigInteger.valueOf(1_000_000L * 1_000_000L);
    /** 2,500 USDT in 6-decimal units. */
    static final BigInteger CUSTOMER_MINOR = BigInteger.valueOf(2_500L * 1_000_000L);

    private DemoSeed() {
    }

    /** Returns one human-readable line per thing seeded. */
    public static List<String> run(EvmNode evm) {
        List<String> seeded = new ArrayList<>();
        var accounts = evm.rpc().call("eth_accounts");
        String treasury = accounts.get(1).asText();
        String customer = accounts.get(2).asText();
        evm.mint(treasury, TREASURY_MINOR);
        seeded.add("minted 1,000,000 USDT to demo treasury " + treasury);
        evm.mint(customer, CUSTOMER_MINOR);
        seeded.add("minted 2,500 USDT to demo customer wallet " + customer);
        return seeded;
    }
}
