package io.usdtcustody.model.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A Lambda function: its Maven module under {@code functions/}, its handler, its sizing, and the
 * resources it reads and writes (turned into IAM grants, nothing wider).
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
        List<String> writesBuckets) {

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
    }
}
