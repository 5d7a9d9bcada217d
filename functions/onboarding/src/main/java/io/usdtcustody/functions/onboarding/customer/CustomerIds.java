package io.usdtcustody.functions.onboarding.customer;

import java.util.regex.Pattern;

/**
 * The shape of a customer id: 1-64 letters, digits, '_' or '-', starting with a letter or digit — what custody
 * accepts for its accounts, so every id onboarding hands out works there too. Partners get UUIDv7 ids; a mobile
 * customer's id is the subject of its token.
 */
public final class CustomerIds {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private CustomerIds() {
    }

    public static boolean isValid(String customerId) {
        return customerId != null && FORMAT.matcher(customerId).matches();
    }

    static String require(String customerId) {
        if (!isValid(customerId)) {
            throw new IllegalArgumentException("a customer id is 1-64 letters, digits, '_' or '-'");
        }
        return customerId;
    }
}
