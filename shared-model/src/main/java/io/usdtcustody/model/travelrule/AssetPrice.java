package io.usdtcustody.model.travelrule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The price of one whole unit of an asset (by code, e.g. {@code USDT}) in a fiat currency, e.g. 0.92 EUR per
 * USDT: what turns a fiat Travel Rule threshold into the asset's minor units. A {@link BigDecimal} with at most
 * {@value #MAX_SCALE} decimals, never a floating-point number; it comes from the caller's price source.
 */
public record AssetPrice(String assetCode, String currency, BigDecimal price) {
    public static final int MAX_SCALE = 12;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public AssetPrice {
        Objects.requireNonNull(assetCode, "assetCode");
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
        if (price == null || price.signum() <= 0 || price.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("price must be positive with at most " + MAX_SCALE + " decimals");
        }
    }

    /**
     * {@code fiatAmount} in minor units of an asset with {@code decimals} decimals, rounded down: a threshold a
     * fraction of a minor unit lower catches a transfer that is exactly at the threshold, never misses one.
     * Saturates at {@link Long#MAX_VALUE}.
     */
    public long toMinorUnits(BigDecimal fiatAmount, int decimals) {
        BigDecimal minor = fiatAmount.movePointRight(decimals).divide(price, 0, java.math.RoundingMode.FLOOR);
        return minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : minor.longValueExact();
    }
}
