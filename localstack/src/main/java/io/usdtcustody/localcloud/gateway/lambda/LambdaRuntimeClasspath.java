package io.usdtcustody.localcloud.gateway.lambda;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jars of the official Lambda Java runtime interface client ({@code aws-lambda-java-runtime-interface-client}
 * and what it needs), found where this JVM loaded them from. The local cloud depends on them, so whichever way
 * it runs (launcher class path, Maven test class path) they are on disk, and the runtime JVMs it spawns get
 * the same versions. In AWS the managed Java runtime supplies these; a function jar brings only its own code.
 */
public final class LambdaRuntimeClasspath {
    /** The runtime interface client's entry point: {@code main(handler)}. */
    public static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final List<String> ANCHORS = List.of(MAIN_CLASS,
            "com.amazonaws.services.lambda.runtime.Context",
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");

    private LambdaRuntimeClasspath() {
    }

    public static List<Path> entries() {
        List<Path> entries = new ArrayList<>();
        for (String anchor : ANCHORS) {
            Path location = locationOf(anchor);
            if (!entries.contains(location)) {
                entries.add(location);
            }
        }
        return List.copyOf(entries);
    }

    /** The jar or class folder a class was loaded from. */
    public static Path locationOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, LambdaRuntimeClasspath.class.getClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the Lambda runtime interface client is not on the class path (" + className + ")", e);
        }
    }
}
