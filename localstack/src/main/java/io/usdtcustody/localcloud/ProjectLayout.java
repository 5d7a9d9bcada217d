package io.usdtcustody.localcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local cloud finds what it runs: the repository root (the folder holding {@code ./platform}), the
 * project-local Node packages, the compiled contracts and the S3Mock jar. Tests run with the module folder as
 * working directory, {@code ./platform} with the root: both walk up to the same root.
 */
public record ProjectLayout(Path root) {
    public static final String ROOT_PROPERTY = "platform.home";

    public static ProjectLayout locate() {
        String explicit = System.getProperty(ROOT_PROPERTY, System.getenv("PLATFORM_HOME"));
        if (explicit != null && !explicit.isBlank()) {
            return new ProjectLayout(Path.of(explicit).toAbsolutePath().normalize());
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("platform")) && Files.isDirectory(dir.resolve("localstack"))) {
                return new ProjectLayout(dir);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the project root (a folder with ./platform and localstack/) above "
                + Path.of("").toAbsolutePath() + "; set -D" + ROOT_PROPERTY);
    }

    public Path localstack() {
        return root.resolve("localstack");
    }

    public Path nodeModules() {
        return localstack().resolve("node").resolve("node_modules");
    }

    public Path tether() {
        return localstack().resolve("bin").resolve("tether");
    }

    public Path contractsCompiler() {
        return localstack().resolve("evm").resolve("compile.js");
    }

    public Path contractSources() {
        return localstack().resolve("evm").resolve("contracts");
    }

    public Path s3MockJar() {
        return localstack().resolve(System.getProperty("build.dir.name", "target")).resolve("cloud-tools")
                .resolve("s3mock-exec.jar");
    }

    /**
     * The runnable jar a module's build made, in the build folder this test run uses: {@code target} unless the
     * build was given {@code -Dbuild.dir.name=…} (failsafe passes it on), so parallel builds in one checkout each
     * start their own service jars.
     */
    public Path serviceJar(String module) {
        Path target = root.resolve(module).resolve(System.getProperty("build.dir.name", "target"));
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-all.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in " + target + ": build first"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target + ": build first", e);
        }
    }

    /** Fails with a message that says how to fix it, instead of a process that dies later. */
    public Path require(Path path, String hint) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: " + hint);
        }
        return path;
    }
}
