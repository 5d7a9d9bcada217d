package io.usdtcustody.localcloud.gateway.lambda;

import io.usdtcustody.model.catalogue.FunctionSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A function as the local Lambda runs it: its catalogue spec (handler, memory, timeout), its physical name, the
 * code on its class path (the shaded {@code function-<name>.jar}, or test classes), and the environment it gets
 * on top of what Lambda itself sets (the local cloud's endpoints and credentials, {@code RESOURCE_PREFIX}).
 */
public record FunctionDeployment(FunctionSpec spec, String functionName, List<Path> code, Map<String, String> environment) {
    public FunctionDeployment {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(functionName, "functionName");
        code = List.copyOf(code);
        environment = Map.copyOf(environment);
    }

    /** The artifact {@code ./platform up} builds for a catalogue function (in {@code -Dbuild.dir.name}, {@code target} by default). */
    public static Path shadedJar(Path repositoryRoot, FunctionSpec spec) {
        return repositoryRoot.resolve(spec.module()).resolve(System.getProperty("build.dir.name", "target"))
                .resolve(spec.artifactName() + ".jar");
    }
}
