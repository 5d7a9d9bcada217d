package io.usdtcustody.custody.deposit;

/**
 * The chain node could not answer. The message names the call only: node URLs often carry a provider API key,
 * so neither the URL nor the transport's own message (which may quote it) is kept. Retry on the next poll.
 */
public final class ChainUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChainUnavailableException(String safeMessage) {
        super(safeMessage, null, false, false);
    }
}
