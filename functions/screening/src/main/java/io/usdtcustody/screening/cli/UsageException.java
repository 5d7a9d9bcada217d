package io.usdtcustody.screening.cli;

/** Bad command-line input (arguments or stdin): printed as one {@code error: …} line, exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
