package io.usdtcustody.model.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A Lambda function: its Maven module under {@code functions/}, its handler, its sizing, the resources it reads
 * and writes (turned into IAM grants, nothing wider), the catalogue services it calls over HTTP (in AWS it then
 * runs in the services' VPC and gets {@code <SERVICE>_SERVICE_URL}, as the local gateway sets it), and the names
 * of the settings that are secrets (in AWS one Secrets Manager secret each, which the function reads itself at
 * init from {@code <NAME>_SECRET_ARN}; never its value in the environment). Several functions may share a module
 * (one jar, one handler each): the jar is named after the module, {@link #artifactName()}.
 */
public record FunctionSpec(
        String name,
        String module,
        String handler,
        int memoryMb,
        int timeoutSeconds,
        List<String> readsTables,
        List<String> writesTables,
        List<String> readsStreams,
        List<String> writesBuckets,
        List<String> readsBuckets,
        List<String> callsServices,
        List<String> secrets) {

    public FunctionSpec {
        CatalogueNames.requireName(name);
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(handler, "handler");
        if (memoryMb < 128 || memoryMb > 10240) {
            throw new IllegalArgumentException("memoryMb must be 128..10240: " + memoryMb);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 900) {
            throw new IllegalArgumentException("timeoutSeconds must be 1..900: " + timeoutSeconds);
        }
        readsTables = List.copyOf(readsTables);
        writesTables = List.copyOf(writesTables);
        readsStreams = List.copyOf(readsStreams);
        writesBuckets = List.copyOf(writesBuckets);
        readsBuckets = List.copyOf(readsBuckets);
        callsServices = List.copyOf(callsServices);
        secrets = List.copyOf(secrets);
        for (String variable : secrets) {
            if (!variable.matches("[A-Z][A-Z0-9_]{0,63}")) {
                throw new IllegalArgumentException("a secret is an upper-case variable name: " + variable);
            }
        }
    }

    /** A function that calls no service and holds no secret, reading no bucket. */
    public FunctionSpec(String name, String module, String handler, int memoryMb, int timeoutSeconds,
                        List<String> readsTables, List<String> writesTables, List<String> readsStreams,
                        List<String> writesBuckets) {
        this(name, module, handler, memoryMb, timeoutSeconds, readsTables, writesTables, readsStreams, writesBuckets,
                List.of(), List.of(), List.of());
    }

    /** The shaded jar's base name, {@code function-<last folder of the module>}: shared by a module's functions. */
    public String artifactName() {
        return "function-" + module.substring(module.lastIndexOf('/') + 1);
    }
}
