package io.usdtcustody.model.travelrule;

import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.travelrule.ivms101.IdentityPayload;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Fixtures;
import java.math.BigDecimal;
import java.time.Instant;

/** Envelopes and prices for Travel Rule tests. */
final class TravelRuleFixtures {
    static final Instant PRICED_AT = Instant.parse("2025-07-01T09:00:00Z");
    /** One USDT at par with USD and SGD, at 0.92 EUR, 0.88 CHF, 1.37 CAD and 157 JPY (illustrative prices). */
    static final AssetPrices PRICES = AssetPrices.of(PRICED_AT,
            new AssetPrice("USDT", "USD", new BigDecimal("1")),
            new AssetPrice("USDT", "SGD", new BigDecimal("1")),
            new AssetPrice("USDT", "EUR", new BigDecimal("0.92")),
            new AssetPrice("USDT", "CHF", new BigDecimal("0.88")),
            new AssetPrice("USDT", "CAD", new BigDecimal("1.37")),
            new AssetPrice("USDT", "JPY", new BigDecimal("157")));
    static final AssetPrices NO_PRICES = AssetPrices.of(PRICED_AT);

    private TravelRuleFixtures() {
    }

    static Amount usdt(String value) {
        return Amount.parse(value, Asset.USDT_ETHEREUM);
    }

    static TravelRuleTransfer outgoing(String value) {
        return outgoing(value, Ivms101Fixtures.outgoing());
    }

    static TravelRuleTransfer outgoing(String value, IdentityPayload payload) {
        return new TravelRuleTransfer("0197c5a0-0000-7000-8000-000000000001", TransferDirection.OUTGOING,
                usdt(value), Ivms101Fixtures.BENEFICIARY_ADDRESS, payload);
    }

    static TravelRuleTransfer incoming(String value) {
        return new TravelRuleTransfer("deposit:0xabc:7", TransferDirection.INCOMING, usdt(value),
                Ivms101Fixtures.BENEFICIARY_ADDRESS, Ivms101Fixtures.outgoing());
    }
}
