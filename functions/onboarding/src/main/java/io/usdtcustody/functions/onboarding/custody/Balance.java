package io.usdtcustody.functions.onboarding.custody;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customer's funding balance in one asset on one chain, as custody's ledger reports it: available, and held
 * for withdrawals in flight. Amounts stay the decimal strings custody sent (never a floating-point number); the
 * constructor only checks that they are plain non-negative decimals.
 */
public record Balance(String asset, String chain, String available, String held) {
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,38})(\\.[0-9]{1,18})?");

    public Balance {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(chain, "chain");
        if (available == null || !DECIMAL.matcher(available).matches() || held == null || !DECIMAL.matcher(held).matches()) {
            throw new IllegalArgumentException("balances are plain non-negative decimal strings");
        }
    }
}
