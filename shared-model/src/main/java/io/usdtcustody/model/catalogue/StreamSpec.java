package io.usdtcustody.model.catalogue;

import java.util.Objects;

/** A Kinesis data stream in provisioned mode with a fixed shard count. */
public record StreamSpec(String name, int shardCount, Owner producer, String purpose) {
    public StreamSpec {
        CatalogueNames.requireName(name);
        if (shardCount < 1 || shardCount > 64) {
            throw new IllegalArgumentException("shardCount must be 1..64: " + shardCount);
        }
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(purpose, "purpose");
    }
}
