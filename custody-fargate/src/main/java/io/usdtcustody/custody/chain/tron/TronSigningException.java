package io.usdtcustody.custody.chain.tron;

/**
 * A signature that does not belong to the transaction's owner: the signer used another key, or gave a wrong
 * recovery id. Broadcasting it would only earn a {@code SIGERROR}, so signing stops here instead.
 */
public final class TronSigningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TronSigningException(String message) {
        super(message);
    }
}
