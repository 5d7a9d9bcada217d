package io.usdtcustody.matching.api;

import io.usdtcustody.matching.core.CommandOutcome;
import io.usdtcustody.matching.core.CommandRefusedException;
import io.usdtcustody.matching.engine.api.ResultCode;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for the core's answers on a request thread and turns refusals into typed problems: an engine
 * {@link ResultCode} or a {@link CommandRefusedException} becomes the matching {@link ErrorCode}, with a detail
 * that names the reason and nothing internal.
 */
final class Outcomes {
    private static final long TIMEOUT_SECONDS = 10;

    private Outcomes() {
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CommandRefusedException refused) {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "matching did not take the command: "
                        + refused.reason());
            }
            if (e.getCause() instanceof PlatformException platform) {
                throw platform;
            }
            throw new PlatformException(ErrorCode.INTERNAL, "matching failed", e.getCause());
        } catch (TimeoutException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "matching did not answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException(ErrorCode.UNAVAILABLE, "interrupted");
        }
    }

    /** The outcome if the engine did what was asked; otherwise the problem for its result code. */
    static CommandOutcome requireSuccess(CommandOutcome outcome) {
        ResultCode code = outcome.code();
        if (code == ResultCode.SUCCESS || code == ResultCode.TRANSFER_ALREADY_APPLIED) {
            return outcome;
        }
        ErrorCode error = switch (code) {
            case INSUFFICIENT_FUNDS -> ErrorCode.INSUFFICIENT_FUNDS;
            case RATE_LIMITED -> ErrorCode.RATE_LIMITED;
            case ORDER_NOT_RESTING, UNKNOWN_SYMBOL -> ErrorCode.NOT_FOUND;
            case DUPLICATE_ORDER_ID, POST_ONLY_WOULD_TAKE -> ErrorCode.CONFLICT;
            case AMOUNT_TOO_LARGE -> ErrorCode.LIMIT_EXCEEDED;
            default -> ErrorCode.VALIDATION_FAILED;
        };
        throw new PlatformException(error, "order refused: " + code, List.of(), null);
    }
}
