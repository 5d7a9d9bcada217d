package io.usdtcustody.model.travelrule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The prices a Travel Rule decision converts thresholds with, and when they were observed (for the audit). */
public record AssetPrices(Instant asOf, List<AssetPrice> prices) {
    public AssetPrices {
        Objects.requireNonNull(asOf, "asOf");
        prices = List.copyOf(Objects.requireNonNull(prices, "prices"));
        long distinct = prices.stream().map(p -> p.assetCode() + "/" + p.currency()).distinct().count();
        if (distinct != prices.size()) {
            throw new IllegalArgumentException("at most one price per asset and currency");
        }
    }

    public static AssetPrices of(Instant asOf, AssetPrice... prices) {
        return new AssetPrices(asOf, List.of(prices));
    }

    public Optional<AssetPrice> find(String assetCode, String currency) {
        return prices.stream().filter(p -> p.assetCode().equals(assetCode) && p.currency().equals(currency))
                .findFirst();
    }
}
