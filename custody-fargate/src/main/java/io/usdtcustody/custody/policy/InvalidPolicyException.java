package io.usdtcustody.custody.policy;

/**
 * A policy document that cannot be used: malformed JSON, an unknown rule type or field, a bad amount, or a
 * document that breaks an invariant (the sanctions rule must come first). Custody refuses to start with one.
 * The message names the rule index and field, never values.
 */
public final class InvalidPolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidPolicyException(String message) {
        super(message);
    }

    public InvalidPolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
