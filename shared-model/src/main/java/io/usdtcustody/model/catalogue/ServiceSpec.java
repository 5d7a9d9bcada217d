package io.usdtcustody.model.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A long-running Fargate service: its Maven module, container port, size, health path, the resources it
 * writes (tables, streams, buckets) and only reads, its plain settings (environment variables with their
 * production values; the local cloud overrides some with local ones) and the names of the environment
 * variables that come from a secret store (in AWS, one Secrets Manager secret each), and the HSM tokens it signs
 * with: environment variable → token label (in AWS the variables are set on the task and each token's PIN is a
 * Secrets Manager secret the service reads itself at login; locally SoftHSM2 tokens with these labels).
 * {@code readsStreams} are the streams it consumes (read grants only).
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
        List<String> readsStreams,
        Map<String, String> settings,
        List<String> secrets,
        Map<String, String> hsmTokens) {

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
        readsStreams = List.copyOf(readsStreams);
        settings = Map.copyOf(settings);
        secrets = List.copyOf(secrets);
        hsmTokens = Map.copyOf(hsmTokens);
        for (var token : hsmTokens.entrySet()) {
            if (!token.getKey().matches("HSM_[A-Z0-9_]{1,60}_TOKEN") || !token.getValue().matches("[a-z0-9][a-z0-9-]{0,31}")) {
                throw new IllegalArgumentException("an HSM token is HSM_<NAME>_TOKEN → a lower-case label: " + token);
            }
        }
        for (String variable : secrets) {
            if (!variable.matches("[A-Z][A-Z0-9_]{0,63}") || settings.containsKey(variable)) {
                throw new IllegalArgumentException("a secret is an upper-case variable name that is not also a setting: " + variable);
            }
        }
    }
}
