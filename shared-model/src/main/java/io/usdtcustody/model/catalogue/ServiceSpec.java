package io.usdtcustody.model.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A long-running Fargate service: its Maven module, container port, size, health path, the resources it
 * writes (tables, streams, buckets) and only reads, its plain settings (environment variables with their
 * production values; the local cloud overrides some with local ones) and the names of the environment
 * variables that come from a secret store (in AWS, one Secrets Manager secret each).
 */
public record ServiceSpec(
        String name,
        String module,
        int port,
        int cpuUnits,
        int memoryMb,
        String healthPath,
        List<String> writesTables,
        List<String> readsTables,
        List<String> writesStreams,
        Map<String, String> settings,
        List<String> secrets) {

    public ServiceSpec {
        CatalogueNames.requireName(name);
        Objects.requireNonNull(module, "module");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
        Objects.requireNonNull(healthPath, "healthPath");
        writesTables = List.copyOf(writesTables);
        readsTables = List.copyOf(readsTables);
        writesStreams = List.copyOf(writesStreams);
        settings = Map.copyOf(settings);
        secrets = List.copyOf(secrets);
        for (String variable : secrets) {
            if (!variable.matches("[A-Z][A-Z0-9_]{0,63}") || settings.containsKey(variable)) {
                throw new IllegalArgumentException("a secret is an upper-case variable name that is not also a setting: " + variable);
            }
        }
    }
}
