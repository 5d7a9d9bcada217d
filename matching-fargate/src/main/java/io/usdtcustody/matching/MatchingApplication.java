package io.usdtcustody.matching;

import io.micronaut.runtime.Micronaut;

/** The matching service: order books, trading balances, pre-trade risk, journal and market data. */
public final class MatchingApplication {
    private MatchingApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(MatchingApplication.class, args);
    }
}
