package io.usdtcustody.matching.api;

import io.usdtcustody.model.errors.PlatformException;
import java.math.BigDecimal;
import java.util.List;

/** Decimal strings at the JSON edge to the engine's scaled longs and back, exactly (no rounding, no double). */
final class Decimals {
    private Decimals() {
    }

    /** {@code text} in units of 10^-scale; a 400 problem naming {@code field} when it is not exact or too big. */
    static long parse(String text, int scale, String field) {
        if (text == null) {
            throw PlatformException.validation(field + " is required", List.of());
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() <= 0) {
                throw PlatformException.validation(field + " must be positive", List.of());
            }
            return value.setScale(scale).unscaledValue().longValueExact();
        } catch (NumberFormatException e) {
            throw PlatformException.validation(field + " is not a decimal number", List.of());
        } catch (ArithmeticException e) {
            throw PlatformException.validation(field + " has more than " + scale + " decimals or is too large",
                    List.of());
        }
    }

    static String format(long units, int scale) {
        return BigDecimal.valueOf(units, scale).toPlainString();
    }
}
