package io.usdtcustody.localcloud.gateway.lambda;

import java.time.Duration;
import java.util.Objects;

/**
 * How one invocation ended, as Lambda reports it: the handler's response payload, or its error
 * ({@code errorType} as the runtime posted it; the error payload stays here for logs and never reaches an API
 * caller), or a failure of the execution environment itself. {@code initDuration} is non-zero for a cold
 * start: the time from spawning the JVM to the runtime's first request for work.
 */
public record InvocationResult(Outcome outcome, byte[] payload, String errorType, Duration initDuration) {

    /** The ways an invocation ends. */
    public enum Outcome {
        /** The handler returned; {@code payload} is its serialised response. */
        SUCCESS,
        /** The handler threw; the runtime posted an error. */
        FUNCTION_ERROR,
        /** The handler did not answer within the function's timeout; the environment was reset. */
        TIMEOUT,
        /** The runtime process ended during the invocation (crash, System.exit, out of memory). */
        RUNTIME_EXITED,
        /** The environment did not start: no jar, a handler that does not load, or an init timeout. */
        INIT_FAILED,
        /** Every execution environment of the function stayed busy for the whole wait. */
        THROTTLED
    }

    public InvocationResult {
        Objects.requireNonNull(outcome, "outcome");
        payload = payload == null ? new byte[0] : payload;
        errorType = errorType == null ? "" : errorType;
        Objects.requireNonNull(initDuration, "initDuration");
    }

    public static InvocationResult failed(Outcome outcome, String errorType) {
        return new InvocationResult(outcome, new byte[0], errorType, Duration.ZERO);
    }

    public InvocationResult withInitDuration(Duration init) {
        return new InvocationResult(outcome, payload, errorType, init);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    public boolean coldStart() {
        return !initDuration.isZero();
    }
}
