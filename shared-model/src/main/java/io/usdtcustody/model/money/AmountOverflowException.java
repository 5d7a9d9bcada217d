package io.usdtcustody.model.money;

/**
 * An amount calculation left the range of a {@code long}. It is thrown instead of wrapping around, because a
 * wrapped balance is a silently wrong balance.
 */
public final class AmountOverflowException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    public AmountOverflowException(String message) {
        super(message);
    }
}
