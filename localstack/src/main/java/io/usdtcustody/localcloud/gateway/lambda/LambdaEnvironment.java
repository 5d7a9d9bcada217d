package io.usdtcustody.localcloud.gateway.lambda;

import io.usdtcustody.model.catalogue.FunctionSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a runtime JVM looks like inside Lambda: the reserved environment variables the Java 17 managed runtime
 * sets, the JVM options of the function (C1 only, as the CDK stack sets in {@code JAVA_TOOL_OPTIONS}) and heap
 * limits derived from the function's memory the way the managed runtime sizes them.
 */
public final class LambdaEnvironment {
    /** The same flags the CDK stack gives every function (infra-cdk {@code CatalogueFunction.JAVA_TOOL_OPTIONS}). */
    public static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";
    static final String ACCOUNT = "000000000000";
    static final String DEFAULT_REGION = "us-east-1";

    private LambdaEnvironment() {
    }

    /** The ARN callers of this function see in the runtime's context. */
    public static String functionArn(String region, String functionName) {
        return "arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:" + functionName;
    }

    /**
     * The environment of one runtime process: the deployment's own variables first, then Lambda's reserved ones,
     * which a function cannot override.
     */
    public static Map<String, String> variables(FunctionDeployment deployment, String runtimeApi, Path taskRoot) {
        FunctionSpec spec = deployment.spec();
        Map<String, String> env = new TreeMap<>(deployment.environment());
        String region = env.getOrDefault("AWS_REGION", DEFAULT_REGION);
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", spec.handler());
        env.put("AWS_REGION", region);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
        env.put("AWS_LAMBDA_FUNCTION_NAME", deployment.functionName());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + deployment.functionName());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", LocalDate.now(ZoneOffset.UTC).toString().replace('-', '/')
                + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", ""));
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("LAMBDA_RUNTIME_DIR", taskRoot.toString());
        env.put("TZ", ":UTC");
        env.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
        return env;
    }

    /** {@code java <heap limits> -cp <runtime + code> AWSLambda <handler>}. */
    public static List<String> command(FunctionDeployment deployment, List<Path> runtimeClasspath) {
        int memory = deployment.spec().memoryMb();
        List<String> classPath = new ArrayList<>();
        deployment.code().forEach(path -> classPath.add(path.toString()));
        runtimeClasspath.forEach(path -> classPath.add(path.toString()));
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:MaxHeapSize=" + (memory * 85 / 100) + "m",
                "-XX:MaxMetaspaceSize=" + Math.max(memory / 10, 64) + "m",
                "-XX:ReservedCodeCacheSize=" + Math.max(memory / 20, 32) + "m",
                "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", String.join(java.io.File.pathSeparator, classPath),
                LambdaRuntimeClasspath.MAIN_CLASS, deployment.spec().handler());
    }
}
