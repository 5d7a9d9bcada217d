package io.usdtcustody.custody.chain.tron;

/**
 * The node could not be asked, or gave no usable answer (connection refused, timeout, HTTP 429/5xx, a body
 * that is not the API's JSON). Broadcasting the same signed transaction again is safe: it has the same txid.
 */
public final class TronNodeUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TronNodeUnavailableException(String message) {
        super(message);
    }

    public TronNodeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
