package io.usdtcustody.infra;

import io.usdtcustody.model.catalogue.ResourceNaming;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What one deployment of the platform is: its environment name, the naming of its resources, the container
 * image tag the services run, and where the repository (with the built function jars) lives.
 *
 * <p>Read from CDK context ({@code cdk synth -c environment=prod -c imageTag=3f2a1c9}) so the same code
 * describes every environment.
 */
public record PlatformConfig(String environmentName, ResourceNaming naming, String imageTag, Path repositoryRoot) {

    public static final String ENVIRONMENT_KEY = "environment";
    public static final String RESOURCE_PREFIX_KEY = "resourcePrefix";
    public static final String IMAGE_TAG_KEY = "imageTag";
    public static final String REPOSITORY_ROOT_KEY = "repositoryRoot";

    static final String DEFAULT_ENVIRONMENT = "dev";
    static final String DEFAULT_IMAGE_TAG = "latest";
    static final String PROJECT = "usdt-custody";

    private static final Pattern ENVIRONMENT = Pattern.compile("[a-z][a-z0-9]{1,11}");
    /** ECR accepts more, but a tag that looks like a flag or a path is a mistake in a deploy command. */
    private static final Pattern IMAGE_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    public PlatformConfig {
        Objects.requireNonNull(environmentName, "environmentName");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(imageTag, "imageTag");
        Objects.requireNonNull(repositoryRoot, "repositoryRoot");
        if (!ENVIRONMENT.matcher(environmentName).matches()) {
            throw new IllegalArgumentException("environment must be 2-12 lower-case letters and digits: " + environmentName);
        }
        if (!IMAGE_TAG.matcher(imageTag).matches()) {
            throw new IllegalArgumentException("imageTag is not a valid container image tag: " + imageTag);
        }
    }

    /**
     * Builds the configuration from context values; anything absent takes its default: environment {@code dev},
     * prefix {@code usdt-<environment>-}, image tag {@code latest}, repository root the parent of the working
     * folder (the CDK CLI runs the app from {@code infra-cdk/}).
     */
    public static PlatformConfig fromContext(Function<String, Object> context) {
        String environment = text(context, ENVIRONMENT_KEY, DEFAULT_ENVIRONMENT);
        String prefix = text(context, RESOURCE_PREFIX_KEY, "usdt-" + environment + "-");
        String imageTag = text(context, IMAGE_TAG_KEY, DEFAULT_IMAGE_TAG);
        Path defaultRoot = Path.of("").toAbsolutePath().getParent();
        String root = text(context, REPOSITORY_ROOT_KEY, defaultRoot == null ? "." : defaultRoot.toString());
        return new PlatformConfig(environment, new ResourceNaming(prefix), imageTag, Path.of(root).toAbsolutePath().normalize());
    }

    /** A physical name for something the catalogue does not list (a stack, a key alias, an API). */
    public String physicalName(String suffix) {
        return naming.prefix() + suffix;
    }

    private static String text(Function<String, Object> context, String key, String fallback) {
        Object value = context.apply(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }
}
