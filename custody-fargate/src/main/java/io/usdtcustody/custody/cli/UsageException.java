package io.usdtcustody.custody.cli;

/**
 * Bad command-line input: printed as one {@code error: …} line on stderr with exit code
 * {@link PlatformCli#EXIT_USAGE}. Messages name options and rules, never the values given (which may be a
 * seed or an xprv).
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
