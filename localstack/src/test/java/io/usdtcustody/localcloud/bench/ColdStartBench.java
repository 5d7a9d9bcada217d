package io.usdtcustody.localcloud.bench;

import io.usdtcustody.localcloud.LocalCloud;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.gateway.lambda.InvocationResult;
import io.usdtcustody.localcloud.gateway.lambda.LambdaEnvironment;
import io.usdtcustody.localcloud.gateway.lambda.LocalLambda;
import io.usdtcustody.localcloud.kycvendor.SandboxKycVendor;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.catalogue.ServiceSpec;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code ./platform bench coldstart [coldStarts=5] [buildDir=target]}: the cold start of every catalogue function,
 * measured as Lambda starts it here — a fresh JVM running the official runtime interface client with the CDK
 * stack's {@code JAVA_TOOL_OPTIONS}, against the local Runtime API of the gateway's {@link LocalLambda}, with the
 * function's shaded jar and a realistic first request ({@link FirstRequests}) against DynamoDB Local — side by side
 * with a no-op handler and a DynamoDB baseline (one client, one read) in the same run. Targets are interleaved
 * round by round, after one untimed warm-up round (page cache, this JVM's own JIT, and the data the first requests
 * read), so drifting machine load hits every target alike. Prints the table of {@link ColdStartReport}.
 */
public final class ColdStartBench {
    static final ResourceNaming NAMING = new ResourceNaming("coldstart-");

    private ColdStartBench() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (IOException | RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        // DynamoDB Local leaves a non-daemon job thread behind that would keep this JVM alive for minutes
        System.exit(status);
    }

    private static void run(String[] args) throws IOException {
        int coldStarts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String buildDir = args.length > 1 ? args[1] : "target";
        if (coldStarts < 1) {
            throw new IllegalArgumentException("at least one cold start per target");
        }
        ProjectLayout layout = ProjectLayout.locate();
        Path stateDir = freshFolder(layout.localstack().resolve(buildDir).resolve("coldstart"));
        MachineLoad load = new MachineLoad();
        load.sample();
        try (LocalCloud cloud = new LocalCloud(layout, stateDir, Map.of());
             SandboxKycVendor kycVendor = SandboxKycVendor.forLocalCloud(0)) {
            cloud.ensure(EnumSet.of(LocalCloud.Service.DYNAMODB));
            cloud.bootstrap(NAMING);
            seedBaselineItem(cloud);
            ColdStartTargets resolver = new ColdStartTargets(layout.root(), buildDir, NAMING,
                    cloud.environment(EnumSet.of(LocalCloud.Service.DYNAMODB)), unstartedServices(),
                    Map.of(ResourceCatalogue.KYC.name(), kycVendor.functionEnvironment(),
                            ResourceCatalogue.KYC_SCHEDULED.name(), kycVendor.functionEnvironment()));
            List<ColdStartTarget> targets = resolver.resolve(ResourceCatalogue.FUNCTIONS,
                    new FirstRequests(ResourceCatalogue.API, NAMING, Instant.now(), new SecureRandom()));
            printHeader(coldStarts, buildDir, targets);
            List<ColdStartTarget> measured = targets.stream().filter(ColdStartTarget::measured).toList();
            Runner runner = new Runner(layout.tether(), stateDir, load);
            Map<String, List<byte[]>> setupResponses = new LinkedHashMap<>();
            measured.forEach(target -> setupResponses.put(target.label(), runner.warmUp(target)));
            Map<String, List<ColdStartSample>> samples = runner.rounds(measured, setupResponses, coldStarts);
            load.sample();
            ColdStartReport report = new ColdStartReport(targets, samples);
            System.out.println();
            System.out.print(report.table());
            System.out.println();
            System.out.println(load.summary());
            System.out.println("runtime logs: " + stateDir.resolve("logs"));
            long notMeasured = targets.stream().filter(t -> !t.measured()).count();
            System.out.printf("functions: %d FAIL, %d not measured (no handler or no jar yet)%n", report.failures(), notMeasured);
        }
    }

    private static void printHeader(int coldStarts, String buildDir, List<ColdStartTarget> targets) {
        System.out.println("cold start = fresh runtime JVM to first response; " + coldStarts
                + " per target, interleaved, after one untimed warm-up round");
        System.out.println("runtime: official runtime interface client on the local Runtime API, JAVA_TOOL_OPTIONS="
                + LambdaEnvironment.JAVA_TOOL_OPTIONS + ", heap limits from each function's memory");
        System.out.println("machine: " + MachineLoad.machine());
        System.out.println("jars: <module>/" + buildDir + "/function-<module>.jar; DynamoDB Local in this JVM, the sandbox KYC"
                + " vendor as under up; custody and matching are not started (their URLs point at a closed port; no"
                + " first request calls them)");
        for (ColdStartTarget target : targets) {
            System.out.printf("  %-26s %s%n", target.label(), target.measured() ? target.request().description()
                    : target.notMeasured().orElseThrow());
        }
    }

    /** Each catalogue service's URL points at a loopback port nothing listens on. */
    private static Map<String, URI> unstartedServices() {
        Map<String, URI> services = new LinkedHashMap<>();
        for (ServiceSpec service : ResourceCatalogue.SERVICES) {
            services.put(service.name(), URI.create("http://127.0.0.1:" + Ports.freeOr(0)));
        }
        return services;
    }

    private static void seedBaselineItem(LocalCloud cloud) {
        try (var dynamoDb = cloud.clients().dynamoDb()) {
            dynamoDb.putItem(put -> put.tableName(NAMING.table(ResourceCatalogue.CUSTOMERS)).item(Map.of(
                    "pk", AttributeValue.fromS(FirstRequests.BASELINE_PK),
                    "sk", AttributeValue.fromS(FirstRequests.BASELINE_SK),
                    "purpose", AttributeValue.fromS("the item the cold-start baseline reads"))));
        }
    }

    /** This run's runtime logs and task roots only: what an earlier run left is removed. */
    private static Path freshFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    /** Runs cold starts: each in a local Lambda of its own, so every invocation starts a new runtime JVM. */
    private record Runner(Path tether, Path stateDir, MachineLoad load) {

        /**
         * Sends the target's setup requests and its first request once, untimed, prints what came back, and returns
         * the setup responses the measured cold starts' events are made from.
         */
        List<byte[]> warmUp(ColdStartTarget target) {
            try (LocalLambda lambda = lambda(target)) {
                List<String> answers = new ArrayList<>();
                List<byte[]> setupResponses = new ArrayList<>();
                for (Supplier<byte[]> setup : target.request().setup()) {
                    InvocationResult result = invoke(lambda, target, setup.get());
                    answers.add("setup " + ColdStartSample.answer(result));
                    setupResponses.add(result.payload());
                }
                answers.add(ColdStartSample.answer(invoke(lambda, target, target.request().event().apply(setupResponses))));
                System.out.printf("warm-up %-26s %s%n", target.label(), String.join(", ", answers));
                return List.copyOf(setupResponses);
            }
        }

        /** {@code coldStarts} rounds over all targets, each round starting one target further along. */
        Map<String, List<ColdStartSample>> rounds(List<ColdStartTarget> targets, Map<String, List<byte[]>> setupResponses,
                                                  int coldStarts) {
            Map<String, List<ColdStartSample>> samples = new LinkedHashMap<>();
            targets.forEach(target -> samples.put(target.label(), new ArrayList<>()));
            for (int round = 0; round < coldStarts; round++) {
                StringBuilder line = new StringBuilder("round " + (round + 1) + ":");
                for (int i = 0; i < targets.size(); i++) {
                    ColdStartTarget target = targets.get((round + i) % targets.size());
                    byte[] event = target.request().event().apply(setupResponses.get(target.label()));
                    ColdStartSample sample = coldStart(target, event);
                    samples.get(target.label()).add(sample);
                    line.append(String.format(" %s %s%s", target.label(), ColdStartReport.seconds(sample.firstResponse()),
                            sample.succeeded() ? "" : " (" + sample.answer() + ")")).append(';');
                }
                System.out.println(line);
            }
            return samples;
        }

        private ColdStartSample coldStart(ColdStartTarget target, byte[] event) {
            System.gc(); // this JVM also hosts DynamoDB Local: collect now rather than during the measurement
            load.sample();
            try (LocalLambda lambda = lambda(target)) {
                long started = System.nanoTime();
                InvocationResult result = invoke(lambda, target, event);
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                if (result.succeeded() && !result.coldStart()) {
                    throw new IllegalStateException(target.label() + ": the invocation found a warm runtime");
                }
                return ColdStartSample.of(elapsed, result);
            }
        }

        private LocalLambda lambda(ColdStartTarget target) {
            return new LocalLambda(List.of(target.deployment()), tether, stateDir, 1);
        }

        private static InvocationResult invoke(LocalLambda lambda, ColdStartTarget target, byte[] event) {
            Duration timeout = Duration.ofSeconds(target.deployment().spec().timeoutSeconds());
            return lambda.invoke(target.functionName(), event, timeout);
        }
    }
}
