package io.usdtcustody.localcloud.gateway.lambda;

import io.usdtcustody.localcloud.gateway.lambda.InvocationResult.Outcome;
import io.usdtcustody.localcloud.process.ChildProcess;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One Lambda execution environment: a runtime JVM (started on its first invocation, so that invocation is a
 * real cold start) talking to its own {@link RuntimeApiServer}. It runs one invocation at a time, as Lambda
 * does; after a timeout, a crash or a failed start the JVM is killed and the next invocation starts a fresh
 * one, while a handler that merely threw keeps its warm JVM.
 */
final class FunctionSandbox implements AutoCloseable {
    /** Lambda gives the init phase of an on-demand function ten seconds. */
    static final Duration INIT_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 20;

    private final String name;
    private final RuntimeApiServer runtimeApi;
    private final Function<String, ChildProcess> launcher;
    private ChildProcess process;

    /**
     * @param launcher starts the runtime process given the {@code AWS_LAMBDA_RUNTIME_API} address
     */
    FunctionSandbox(String name, String functionArn, Function<String, ChildProcess> launcher) {
        this.name = Objects.requireNonNull(name, "name");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.runtimeApi = new RuntimeApiServer("lambda-" + name, functionArn);
    }

    String name() {
        return name;
    }

    synchronized boolean warm() {
        return process != null && process.isAlive();
    }

    /** Runs one event through the handler, starting the runtime first when it is not running. */
    synchronized InvocationResult invoke(byte[] event, Duration timeout) {
        Duration init = Duration.ZERO;
        if (!warm()) {
            long started = System.nanoTime();
            InvocationResult failedStart = start();
            if (failedStart != null) {
                return failedStart;
            }
            init = Duration.ofNanos(System.nanoTime() - started);
        }
        RuntimeApiServer.Generation generation = runtimeApi.current();
        CompletableFuture<InvocationResult> outcome = new CompletableFuture<>();
        String requestId = UUID.randomUUID().toString();
        RuntimeApiServer.Invocation invocation = new RuntimeApiServer.Invocation(requestId, traceId(),
                event, System.currentTimeMillis() + timeout.toMillis(), outcome);
        if (!generation.queue.offer(invocation)) {
            kill();
            return InvocationResult.failed(Outcome.RUNTIME_EXITED, "Runtime.ExitError").withInitDuration(init);
        }
        return await(outcome, timeout).withInitDuration(init);
    }

    /** Spawns the runtime and waits for its first poll; returns the failure, or null once it is ready. */
    private InvocationResult start() {
        RuntimeApiServer.Generation generation = runtimeApi.reset();
        try {
            process = launcher.apply(runtimeApi.address());
        } catch (RuntimeException e) {
            process = null;
            return InvocationResult.failed(Outcome.INIT_FAILED, "Runtime.InvalidEntrypoint");
        }
        long deadline = System.nanoTime() + INIT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (generation.initError.get() != null) {
                String errorType = generation.initError.get();
                kill();
                return InvocationResult.failed(Outcome.INIT_FAILED, errorType);
            }
            if (generation.isReady()) {
                return null;
            }
            if (!process.isAlive()) {
                kill();
                return InvocationResult.failed(Outcome.INIT_FAILED, "Runtime.ExitError");
            }
            sleep();
        }
        kill();
        return InvocationResult.failed(Outcome.INIT_FAILED, "Runtime.InitTimeout");
    }

    private InvocationResult await(CompletableFuture<InvocationResult> outcome, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return outcome.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (!process.isAlive()) {
                    return endWith(outcome, InvocationResult.failed(Outcome.RUNTIME_EXITED, "Runtime.ExitError"));
                }
                if (System.nanoTime() >= deadline) {
                    return endWith(outcome, InvocationResult.failed(Outcome.TIMEOUT, "Sandbox.Timedout"));
                }
            } catch (ExecutionException e) {
                kill();
                return InvocationResult.failed(Outcome.RUNTIME_EXITED, "Runtime.ExitError");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                return InvocationResult.failed(Outcome.TIMEOUT, "Sandbox.Timedout");
            }
        }
    }

    /** Settles the invocation (unless the runtime answered just in time) and resets the environment. */
    private InvocationResult endWith(CompletableFuture<InvocationResult> outcome, InvocationResult failure) {
        outcome.complete(failure);
        kill();
        return outcome.join();
    }

    /** Ends the runtime process; the next invocation starts a new one. */
    private void kill() {
        if (process != null) {
            process.close();
            process = null;
        }
        runtimeApi.reset();
    }

    private static String traceId() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + hex.substring(0, 24)
                + ";Parent=" + hex.substring(16, 32) + ";Sampled=0";
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        kill();
        runtimeApi.close();
    }
}
