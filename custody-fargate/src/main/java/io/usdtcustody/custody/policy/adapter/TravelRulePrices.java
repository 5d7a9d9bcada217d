package io.usdtcustody.custody.policy.adapter;

import io.usdtcustody.model.travelrule.AssetPrice;
import io.usdtcustody.model.travelrule.AssetPrices;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * USDT's price in fiat currencies as configuration ({@code USD=1,EUR=0.92}): what converts a jurisdiction's fiat
 * Travel Rule threshold into USDT. A snapshot, refreshed by redeploying the setting; a price feed can replace it
 * behind the same {@code Supplier<AssetPrices>}. A malformed setting fails custody's start rather than guessing.
 */
public final class TravelRulePrices {
    private TravelRulePrices() {
    }

    public static AssetPrices parse(String setting, Instant asOf) {
        List<AssetPrice> prices = new ArrayList<>();
        for (String entry : setting.split(",")) {
            String[] parts = entry.strip().split("=");
            if (parts.length != 2) {
                throw new IllegalArgumentException("custody.travel-rule.usdt-prices is CUR=price,...: " + setting);
            }
            prices.add(new AssetPrice("USDT", parts[0].strip(), new BigDecimal(parts[1].strip())));
        }
        return AssetPrices.of(asOf, prices.toArray(AssetPrice[]::new));
    }
}
