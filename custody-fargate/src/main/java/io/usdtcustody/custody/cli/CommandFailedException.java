package io.usdtcustody.custody.cli;

/**
 * A command that could not do its work (a table missing, DynamoDB out of reach): printed as one
 * {@code error: …} line with exit code {@link PlatformCli#EXIT_USAGE}. Messages are ours, never an SDK's text.
 */
final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailedException(String message) {
        super(message, null, false, false);
    }
}
