package io.usdtcustody.localcloud.bench;

import io.usdtcustody.localcloud.gateway.LocalGatewayStack;
import io.usdtcustody.localcloud.gateway.lambda.FunctionDeployment;
import io.usdtcustody.model.catalogue.FunctionSpec;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.ZipFile;

/**
 * Finds what the bench measures: the two baseline handlers of {@code functions/coldstart-baseline} and every
 * function of the catalogue, each as its module's shaded jar ({@link FunctionSpec#artifactName()}), deployed the
 * way {@code ./platform up} deploys it (its environment from {@link LocalGatewayStack#catalogueFunctions}, plus the
 * variables only it gets). A function with several first requests is one target per request. A function whose jar
 * is missing, or whose jar does not contain its handler class yet, is listed and not run.
 */
final class ColdStartTargets {
    static final String BASELINE_MODULE = "functions/coldstart-baseline";
    static final String BASELINE_PACKAGE = "io.usdtcustody.functions.coldstart.";
    /** Sized like the API functions (onboarding, kyc), so the runtime JVMs get the same heap limits. */
    static final int BASELINE_MEMORY_MB = 1024;
    static final FunctionSpec NOOP = baselineSpec("coldstart-noop", "NoopHandler");
    static final FunctionSpec DYNAMODB_READ = baselineSpec("coldstart-dynamodb-read", "DynamoDbReadHandler");

    private final Path root;
    private final String buildDir;
    private final ResourceNaming naming;
    private final Map<String, String> environment;
    private final Map<String, URI> services;
    private final Map<String, Map<String, String>> functionEnvironments;

    /**
     * @param buildDir             the modules' build folder ({@code target} unless {@code BUILD_DIR_NAME} says otherwise)
     * @param environment          the local cloud's variables every runtime JVM gets
     * @param services             the catalogue services' URLs, as {@code <SERVICE>_SERVICE_URL}
     * @param functionEnvironments variables only some functions get, by catalogue name (the KYC vendor's), as
     *                             {@code ./platform up} gives them
     */
    ColdStartTargets(Path root, String buildDir, ResourceNaming naming, Map<String, String> environment,
                     Map<String, URI> services, Map<String, Map<String, String>> functionEnvironments) {
        this.root = root;
        this.buildDir = buildDir;
        this.naming = naming;
        this.environment = Map.copyOf(environment);
        this.services = Map.copyOf(services);
        this.functionEnvironments = Map.copyOf(functionEnvironments);
    }

    /** The floor, the baseline, then the catalogue's functions in catalogue order. */
    List<ColdStartTarget> resolve(List<FunctionSpec> functions, FirstRequests requests) {
        List<ColdStartTarget> targets = new ArrayList<>();
        Path baselineJar = jar(BASELINE_MODULE, "function-coldstart-baseline");
        targets.add(target("no-op handler", ColdStartTarget.Role.FLOOR, NOOP, baselineJar, requests.baseline()));
        targets.add(target("DynamoDB baseline", ColdStartTarget.Role.BASELINE, DYNAMODB_READ, baselineJar, requests.baseline()));
        for (FunctionSpec function : functions) {
            for (FirstRequest request : requests.forFunction(function)) {
                String label = request.variant().isEmpty() ? function.name() : function.name() + " · " + request.variant();
                targets.add(target(label, ColdStartTarget.Role.FUNCTION, function, jar(function.module(),
                        function.artifactName()), request));
            }
        }
        return targets;
    }

    private ColdStartTarget target(String label, ColdStartTarget.Role role, FunctionSpec spec, Path jar, FirstRequest request) {
        FunctionDeployment deployed = LocalGatewayStack.catalogueFunctions(root, List.of(spec), naming, environment, services).get(0);
        Map<String, String> own = new LinkedHashMap<>(deployed.environment());
        own.putAll(functionEnvironments.getOrDefault(spec.name(), Map.of()));
        FunctionDeployment deployment = new FunctionDeployment(spec, deployed.functionName(), List.of(jar), own);
        OptionalLong bytes = Files.isRegularFile(jar) ? OptionalLong.of(size(jar)) : OptionalLong.empty();
        return new ColdStartTarget(label, role, deployment, jar, bytes, whyNotMeasured(spec, jar), request);
    }

    /** A module's shaded jar, {@code <module>/<buildDir>/<artifact>.jar} (several functions may share one). */
    Path jar(String module, String artifact) {
        return root.resolve(module).resolve(buildDir).resolve(artifact + ".jar");
    }

    /** Empty when the jar holds the handler class; otherwise what is missing. */
    static Optional<String> whyNotMeasured(FunctionSpec spec, Path jar) {
        if (!Files.isRegularFile(jar)) {
            return Optional.of("not built (no " + jar.getFileName() + ")");
        }
        String handlerClass = handlerClass(spec.handler());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(handlerClass.replace('.', '/') + ".class") != null
                    ? Optional.empty()
                    : Optional.of("no handler yet (" + handlerClass.substring(handlerClass.lastIndexOf('.') + 1)
                            + " is not in " + jar.getFileName() + ")");
        } catch (IOException e) {
            return Optional.of("unreadable jar (" + e.getMessage() + ")");
        }
    }

    /** {@code a.b.Handler::handleRequest} → {@code a.b.Handler}. */
    static String handlerClass(String handler) {
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }

    private static long size(Path jar) {
        try {
            return Files.size(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FunctionSpec baselineSpec(String name, String handlerClass) {
        return new FunctionSpec(name, BASELINE_MODULE, BASELINE_PACKAGE + handlerClass + "::handleRequest",
                BASELINE_MEMORY_MB, 15, List.of(ResourceCatalogue.CUSTOMERS.name()), List.of(), List.of(), List.of());
    }
}
