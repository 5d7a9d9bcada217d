package io.usdtcustody.localcloud.gateway.lambda;

import io.usdtcustody.localcloud.gateway.lambda.InvocationResult.Outcome;
import io.usdtcustody.localcloud.process.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lambda on one machine: each function runs in up to {@code maxEnvironments} execution environments, each a
 * JVM running the official runtime interface client with the function's code, started on demand and reused
 * while warm. A request waits for a free environment at most as long as the function's timeout, then is
 * throttled, as Lambda throttles a function at its concurrency limit.
 */
public final class LocalLambda implements AutoCloseable {
    private final Map<String, FunctionDeployment> deployments;
    private final Path tether;
    private final Path stateDir;
    private final int maxEnvironments;
    private final List<Path> runtimeClasspath;
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();

    /**
     * @param tether   the script that ties each runtime process to this JVM's life ({@code localstack/bin/tether})
     * @param stateDir where runtime logs ({@code logs/lambda-<function>-<n>.log}) and task roots go
     */
    public LocalLambda(List<FunctionDeployment> deployments, Path tether, Path stateDir, int maxEnvironments) {
        Map<String, FunctionDeployment> byName = new ConcurrentHashMap<>();
        deployments.forEach(deployment -> byName.put(deployment.spec().name(), deployment));
        this.deployments = Map.copyOf(byName);
        this.tether = Objects.requireNonNull(tether, "tether");
        this.stateDir = Objects.requireNonNull(stateDir, "stateDir");
        if (maxEnvironments < 1) {
            throw new IllegalArgumentException("at least one environment per function");
        }
        this.maxEnvironments = maxEnvironments;
        this.runtimeClasspath = LambdaRuntimeClasspath.entries();
    }

    public boolean has(String function) {
        return deployments.containsKey(function);
    }

    /** Invokes a function synchronously (RequestResponse) with a JSON event. */
    public InvocationResult invoke(String function, byte[] event, Duration timeout) {
        FunctionDeployment deployment = deployments.get(function);
        if (deployment == null) {
            return InvocationResult.failed(Outcome.INIT_FAILED, "ResourceNotFoundException");
        }
        if (deployment.code().stream().anyMatch(path -> !Files.exists(path))) {
            return InvocationResult.failed(Outcome.INIT_FAILED, "Runtime.CodeNotBuilt");
        }
        Pool pool = pools.computeIfAbsent(function, name -> new Pool(deployment));
        FunctionSandbox sandbox = pool.acquire(timeout);
        if (sandbox == null) {
            return InvocationResult.failed(Outcome.THROTTLED, "TooManyRequestsException");
        }
        try {
            return sandbox.invoke(event, timeout);
        } finally {
            pool.release(sandbox);
        }
    }

    private ChildProcess launch(FunctionDeployment deployment, String instance, String runtimeApi) {
        try {
            Path taskRoot = Files.createDirectories(stateDir.resolve("lambda").resolve(instance));
            return ChildProcess.start(instance, tether, LambdaEnvironment.command(deployment, runtimeClasspath),
                    taskRoot, LambdaEnvironment.variables(deployment, runtimeApi, taskRoot), stateDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the task root of " + instance, e);
        }
    }

    @Override
    public void close() {
        pools.values().forEach(Pool::close);
        pools.clear();
    }

    /** The execution environments of one function: idle ones first (warm), new ones up to the limit. */
    private final class Pool {
        private final FunctionDeployment deployment;
        private final Deque<FunctionSandbox> idle = new ArrayDeque<>();
        private final List<FunctionSandbox> all = new ArrayList<>();
        private final AtomicInteger counter = new AtomicInteger();

        Pool(FunctionDeployment deployment) {
            this.deployment = deployment;
        }

        synchronized FunctionSandbox acquire(Duration wait) {
            long deadline = System.nanoTime() + wait.toNanos();
            while (idle.isEmpty() && all.size() >= maxEnvironments) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            FunctionSandbox warm = idle.stream().filter(FunctionSandbox::warm).findFirst().orElse(null);
            if (warm != null) {
                idle.remove(warm);
                return warm;
            }
            if (!idle.isEmpty()) {
                return idle.pop();
            }
            String instance = "lambda-" + deployment.spec().name() + "-" + counter.incrementAndGet();
            String arn = LambdaEnvironment.functionArn(deployment.environment().getOrDefault("AWS_REGION",
                    LambdaEnvironment.DEFAULT_REGION), deployment.functionName());
            FunctionSandbox sandbox = new FunctionSandbox(instance, arn, api -> launch(deployment, instance, api));
            all.add(sandbox);
            return sandbox;
        }

        synchronized void release(FunctionSandbox sandbox) {
            idle.push(sandbox);
            notifyAll();
        }

        synchronized void close() {
            all.forEach(FunctionSandbox::close);
            all.clear();
            idle.clear();
        }
    }
}
