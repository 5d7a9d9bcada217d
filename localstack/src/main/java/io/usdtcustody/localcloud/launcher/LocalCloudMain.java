package io.usdtcustody.localcloud.launcher;

import io.usdtcustody.localcloud.HealthProbe;
import io.usdtcustody.localcloud.LocalCloud;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.component.CloudComponent;
import io.usdtcustody.localcloud.component.SoftHsm;
import io.usdtcustody.localcloud.gateway.LocalGatewayStack;
import io.usdtcustody.localcloud.kycvendor.SandboxKycVendor;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.catalogue.ServiceSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher behind {@code ./platform up} and {@code ./platform status}.
 *
 * <pre>
 *   serve  --state DIR [--services] [--seed]   start everything, publish state, run until SIGTERM
 *   status --state DIR                         probe every endpoint of a running cloud; exit 1 if any is down
 * </pre>
 * Ports come from {@code LOCAL_CLOUD_<SERVICE>_PORT} (0 picks a free port); the resource prefix from
 * {@code RESOURCE_PREFIX} (default none).
 */
public final class LocalCloudMain {
    private static final Map<Service, Integer> DEFAULT_PORTS = Map.of(
            Service.DYNAMODB, 8000, Service.KINESIS, 4567, Service.S3, 9090, Service.EVM, 8545);

    private static final int LOCAL_CONFIRMATIONS = 3;
    private static final int BLOCK_SECONDS = 2;

    private LocalCloudMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !"--state".equals(args[1])) {
            usage();
        }
        Path stateDir = Files.createDirectories(Path.of(args[2]).toAbsolutePath());
        List<String> flags = List.of(args).subList(3, args.length);
        switch (args[0]) {
            case "serve" -> serve(stateDir, flags.contains("--services"), flags.contains("--seed"));
            case "status" -> System.exit(status(stateDir) ? 0 : 1);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: LocalCloudMain serve --state DIR [--services] [--seed] | status --state DIR");
        System.exit(2);
    }

    private static void serve(Path stateDir, boolean withServices, boolean seed) throws InterruptedException {
        long started = System.nanoTime();
        ProjectLayout layout = ProjectLayout.locate();
        ResourceNaming naming = new ResourceNaming(System.getenv().getOrDefault(ResourceNaming.ENVIRONMENT_VARIABLE, ""));
        LocalCloud cloud = new LocalCloud(layout, stateDir, ports());
        List<ServiceProcess> services = new ArrayList<>();
        List<LocalGatewayStack> apiEdge = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<SandboxKycVendor> kycVendor = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            apiEdge.forEach(LocalGatewayStack::close);
            kycVendor.forEach(SandboxKycVendor::close);
            services.forEach(ServiceProcess::close);
            cloud.close();
            try {
                Files.deleteIfExists(stateDir.resolve("ready"));
            } catch (Exception ignored) {
                // the next `up` rewrites it
            }
            stopped.countDown();
        }, "local-cloud-shutdown"));
        try {
            cloud.ensure(EnumSet.allOf(Service.class));
            cloud.bootstrap(naming);
            Map<String, String> environment = new TreeMap<>(cloud.environment());
            environment.put(ResourceNaming.ENVIRONMENT_VARIABLE, naming.prefix());
            // a local chain is final after a few blocks; mainnet settings stay the services' defaults
            environment.put("CUSTODY_DEPOSITS_CONFIRMATIONS", Integer.toString(LOCAL_CONFIRMATIONS));
            environment.put("CUSTODY_WITHDRAWALS_CONFIRMATIONS", Integer.toString(LOCAL_CONFIRMATIONS));
            // the demo deposit's originating VASP is one compliance knows (custody holds large deposits otherwise)
            environment.put("CUSTODY_TRAVEL_RULE_KNOWN_VASP_LEIS", DemoSeed.ORIGINATING_VASP_LEI);
            if (withServices) {
                for (ServiceSpec spec : ResourceCatalogue.SERVICES) {
                    int port = portFromEnv("LOCAL_CLOUD_" + spec.name().toUpperCase(Locale.ROOT) + "_PORT", spec.port());
                    services.add(ServiceProcess.start(layout, spec, port, environment, stateDir));
                }
            }
            List<String> seeded = new ArrayList<>(seed && withServices
                    ? DemoSeed.run(cloud.evm(), services.stream()
                            .filter(s -> s.name().equals(ResourceCatalogue.CUSTODY.name())).findFirst().orElseThrow().endpoint(),
                            LOCAL_CONFIRMATIONS) : List.of());
            if (withServices) {
                startBlockTicker(cloud);
                // the sandbox KYC vendor: its URL, token and webhook secret go to the KYC function only
                kycVendor.add(SandboxKycVendor.forLocalCloud(
                        portFromEnv("LOCAL_CLOUD_KYC_VENDOR_PORT", SandboxKycVendor.DEFAULT_PORT)));
                apiEdge.add(ApiEdge.start(layout, stateDir, naming, environment,
                        Map.of(ResourceCatalogue.KYC.name(), kycVendor.get(0).functionEnvironment()), services,
                        portFromEnv("LOCAL_CLOUD_GATEWAY_PORT", ApiEdge.DEFAULT_GATEWAY_PORT),
                        portFromEnv("LOCAL_CLOUD_IDP_PORT", ApiEdge.DEFAULT_IDP_PORT)));
                kycVendor.get(0).deliverTo(java.net.URI.create(apiEdge.get(0).url()));
                environment.putAll(apiEdge.get(0).gateway().environment());
                seeded.addAll(ApiEdge.describe(apiEdge.get(0), stateDir));
            }
            CloudState state = state(cloud, services, apiEdge, kycVendor, naming, environment);
            state.write(stateDir);
            Files.writeString(stateDir.resolve("ready"), Instant.now().toString());
            printSummary(state, seeded, (System.nanoTime() - started) / 1_000_000);
        } catch (Throwable e) { // any failure, Errors included: never linger half-started
            System.err.println("local cloud failed to start: " + e);
            System.exit(1);
        }
        stopped.await();
    }

    /**
     * The local chain mines a block per transaction; under {@code up} a block also comes every few seconds, as
     * on a real chain, so deposits and withdrawals gather confirmations without anyone mining by hand.
     */
    private static void startBlockTicker(LocalCloud cloud) {
        var ticker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "block-ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> {
            try {
                cloud.evm().rpc().call("evm_mine");
            } catch (RuntimeException e) {
                // the node is stopping, or busy: the next tick tries again
            }
        }, BLOCK_SECONDS, BLOCK_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static Map<Service, Integer> ports() {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        DEFAULT_PORTS.forEach((service, port) -> ports.put(service,
                portFromEnv("LOCAL_CLOUD_" + service.name() + "_PORT", port)));
        return ports;
    }

    private static int portFromEnv(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number 0..65535 (0 = any free port), not '" + value + "'");
        }
    }

    private static CloudState state(LocalCloud cloud, List<ServiceProcess> services, List<LocalGatewayStack> apiEdge,
                                    List<SandboxKycVendor> kycVendor,
                                    ResourceNaming naming,
                                    Map<String, String> environment) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            CloudComponent component = cloud.components().get(service);
            endpoints.put(component.name(), component.endpoint());
            pids.putAll(component.pids());
        }
        Map<String, String> health = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            endpoints.put(service.name(), service.endpoint());
            pids.putAll(service.pids());
            health.put(service.name(), service.endpoint() + service.spec().healthPath());
        }
        apiEdge.forEach(stack -> ApiEdge.publish(stack, endpoints, health));
        kycVendor.forEach(vendor -> {
            endpoints.put("kyc-vendor", vendor.url());
            health.put("kyc-vendor", vendor.url() + "/health");
        });
        SoftHsm hsm = cloud.hsm();
        return new CloudState(ProcessHandle.current().pid(), Instant.now().toString(), naming.prefix(), endpoints, pids,
                io.usdtcustody.localcloud.component.EvmNode.CHAIN_ID, cloud.evm().tokenAddress(),
                hsm.config().toString(), List.of(SoftHsm.HOT_TOKEN, SoftHsm.COLD_TOKEN), health, environment);
    }

    private static void printSummary(CloudState state, List<String> seeded, long millis) {
        StringBuilder out = new StringBuilder("\nlocal cloud up in ").append(millis / 1000.0).append(" s\n");
        state.endpoints().forEach((name, url) -> out.append(String.format("  %-10s %s%n", name, url)));
        out.append(String.format("  %-10s %s%n", "usdt", state.usdtContract() + " (ERC-20, 6 decimals, chain " + state.evmChainId() + ")"));
        seeded.forEach(line -> out.append("  seeded: ").append(line).append('\n'));
        System.out.print(out);
        System.out.flush();
    }

    /** Probes every endpoint named in the state file; prints one line each. */
    static boolean status(Path stateDir) {
        CloudState state = CloudState.read(stateDir);
        Map<String, Boolean> results = new LinkedHashMap<>();
        Map<String, String> endpoints = state.endpoints();
        results.put("dynamodb", HealthProbe.dynamoDb(endpoints.get("dynamodb")));
        results.put("kinesis", HealthProbe.kinesis(endpoints.get("kinesis")));
        results.put("s3", HealthProbe.s3(endpoints.get("s3")));
        results.put("hsm", HealthProbe.softHsm(Path.of(state.softHsmConfig()), state.hsmTokens()));
        results.put("evm", HealthProbe.evm(endpoints.get("evm"), state.evmChainId(), state.usdtContract()));
        state.serviceHealthUrls().forEach((name, url) -> results.put(name, HealthProbe.http(url)));
        results.forEach((name, up) -> System.out.printf("  %-10s %-8s %s%n", name, up ? "healthy" : "DOWN",
                endpoints.getOrDefault(name, "")));
        return results.values().stream().allMatch(Boolean::booleanValue);
    }
}
