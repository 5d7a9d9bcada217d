package io.usdtcustody.localcloud;

import io.usdtcustody.localcloud.bootstrap.ResourceBootstrap;
import io.usdtcustody.localcloud.component.CloudComponent;
import io.usdtcustody.localcloud.component.DynamoDbLocal;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.component.KinesisMock;
import io.usdtcustody.localcloud.component.S3Mock;
import io.usdtcustody.localcloud.component.SoftHsm;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local cloud: real local servers standing in for DynamoDB, Kinesis, S3, CloudHSM and an Ethereum node.
 * Components start in parallel and only when asked for, so a test JVM that needs DynamoDB alone pays for
 * DynamoDB alone. Closing it stops everything it started.
 */
public final class LocalCloud implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalCloud.class);

    /** The pieces a local cloud can run. */
    public enum Service { DYNAMODB, KINESIS, S3, HSM, EVM }

    private final ProjectLayout layout;
    private final Path stateDir;
    private final Map<Service, Integer> requestedPorts;
    private final Map<Service, CloudComponent> running = new EnumMap<>(Service.class);
    private final SecureRandom random = new SecureRandom();

    public LocalCloud(ProjectLayout layout, Path stateDir, Map<Service, Integer> requestedPorts) {
        this.layout = layout;
        this.stateDir = stateDir;
        this.requestedPorts = Map.copyOf(requestedPorts);
    }

    /** Starts whichever of {@code services} are not running yet, in parallel, and waits until each is healthy. */
    public synchronized LocalCloud ensure(Set<Service> services) {
        EnumSet<Service> missing = EnumSet.noneOf(Service.class);
        services.stream().filter(s -> !running.containsKey(s)).forEach(missing::add);
        if (missing.isEmpty()) {
            return this;
        }
        ExecutorService pool = Executors.newFixedThreadPool(missing.size());
        try {
            Map<Service, Future<CloudComponent>> starting = new EnumMap<>(Service.class);
            for (Service service : missing) {
                starting.put(service, pool.submit(() -> startOne(service)));
            }
            List<Exception> failures = new ArrayList<>();
            for (var entry : starting.entrySet()) {
                try {
                    running.put(entry.getKey(), entry.getValue().get());
                } catch (ExecutionException e) {
                    failures.add(e.getCause() instanceof Exception ex ? ex : e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add(e);
                }
            }
            if (!failures.isEmpty()) {
                IllegalStateException failure = new IllegalStateException("the local cloud did not start: "
                        + failures.get(0).getMessage(), failures.get(0));
                failures.stream().skip(1).forEach(failure::addSuppressed);
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
        return this;
    }

    private CloudComponent startOne(Service service) {
        long started = System.nanoTime();
        int port = requestedPorts.getOrDefault(service, 0);
        CloudComponent component = switch (service) {
            case DYNAMODB -> DynamoDbLocal.start(port);
            case KINESIS -> KinesisMock.start(layout, port, stateDir);
            case S3 -> S3Mock.start(layout, port, stateDir);
            case HSM -> SoftHsm.start(stateDir, random);
            case EVM -> EvmNode.start(layout, port, stateDir);
        };
        LOG.info("{} ready at {} in {} ms", component.name(), component.endpoint(),
                (System.nanoTime() - started) / 1_000_000);
        return component;
    }

    /** Creates the catalogue's tables, streams and buckets under {@code naming} on whichever services run. */
    public synchronized void bootstrap(ResourceNaming naming) {
        AwsClients clients = clients();
        if (running.containsKey(Service.DYNAMODB)) {
            try (var dynamoDb = clients.dynamoDb()) {
                ResourceBootstrap.createTables(dynamoDb, naming);
            }
        }
        if (running.containsKey(Service.KINESIS)) {
            try (var kinesis = clients.kinesis()) {
                ResourceBootstrap.createStreams(kinesis, naming);
            }
        }
        if (running.containsKey(Service.S3)) {
            try (var s3 = clients.s3()) {
                ResourceBootstrap.createBuckets(s3, naming);
            }
        }
    }

    public synchronized AwsClients clients() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (Service service : List.of(Service.DYNAMODB, Service.KINESIS, Service.S3)) {
            if (running.containsKey(service)) {
                endpoints.put(running.get(service).name(), running.get(service).endpoint());
            }
        }
        return AwsClients.forEndpoints(endpoints);
    }

    /** Everything a client process needs in its environment to use this cloud with default SDK configuration. */
    public synchronized Map<String, String> environment() {
        return environment(running.keySet());
    }

    /** The environment for a process that should see only {@code services} (other running ones stay hidden). */
    public synchronized Map<String, String> environment(Set<Service> services) {
        Map<String, String> env = new TreeMap<>(AwsClients.baseEnvironment());
        running.forEach((service, component) -> {
            if (services.contains(service)) {
                env.putAll(component.environment());
            }
        });
        return env;
    }

    public synchronized Map<Service, CloudComponent> components() {
        return Map.copyOf(running);
    }

    public synchronized EvmNode evm() {
        return (EvmNode) require(Service.EVM);
    }

    public synchronized SoftHsm hsm() {
        return (SoftHsm) require(Service.HSM);
    }

    private CloudComponent require(Service service) {
        CloudComponent component = running.get(service);
        if (component == null) {
            throw new IllegalStateException(service + " is not running in this local cloud");
        }
        return component;
    }

    public Path stateDir() {
        return stateDir;
    }

    public ProjectLayout layout() {
        return layout;
    }

    @Override
    public synchronized void close() {
        List<Service> order = new ArrayList<>(running.keySet());
        java.util.Collections.reverse(order);
        for (Service service : order) {
            try {
                running.get(service).close();
            } catch (RuntimeException e) {
                LOG.warn("{} did not stop cleanly: {}", service, e.toString());
            }
        }
        running.clear();
    }
}
