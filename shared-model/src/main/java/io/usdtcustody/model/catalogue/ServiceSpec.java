package io.usdtcustody.model.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A long-running Fargate service: its Maven module, container port, size, health path, and the resources it
 * writes (tables, streams, buckets) and only reads.
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
        List<String> writesStreams) {

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
    }
}
