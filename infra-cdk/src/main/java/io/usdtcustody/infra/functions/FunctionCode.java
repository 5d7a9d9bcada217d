package io.usdtcustody.infra.functions;

import io.usdtcustody.model.catalogue.FunctionSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awscdk.services.lambda.Code;

/**
 * Where a function's deployment package comes from. The app points at the jars the {@code functions/} build
 * produces; tests pass a tiny jar of their own so synthesis needs no function build.
 */
@FunctionalInterface
public interface FunctionCode {

    Code codeFor(FunctionSpec spec);

    /**
     * The shaded jar of each function module: {@code <repositoryRoot>/<module>/target/function-<module name>.jar}
     * (functions of one module share its jar, each with its own handler).
     * A missing jar fails synthesis with the command that builds it, rather than deploying nothing.
     */
    static FunctionCode builtJars(Path repositoryRoot) {
        return spec -> {
            Path jar = jarPath(repositoryRoot, spec);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("function package not built: " + jar
                        + " (run `mvn -B package -pl " + spec.module() + " -am` from the repository root first)");
            }
            return Code.fromAsset(jar.toString());
        };
    }

    static Path jarPath(Path repositoryRoot, FunctionSpec spec) {
        return repositoryRoot.resolve(spec.module()).resolve("target").resolve(spec.artifactName() + ".jar");
    }
}
