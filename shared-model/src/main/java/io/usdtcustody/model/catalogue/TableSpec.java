package io.usdtcustody.model.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A DynamoDB table as both the local cloud and the CDK stack create it: on-demand billing, the given keys
 * and indexes, an optional TTL attribute.
 */
public record TableSpec(
        String name,
        KeyAttribute partitionKey,
        Optional<KeyAttribute> sortKey,
        List<IndexSpec> globalIndexes,
        Optional<String> ttlAttribute,
        Owner owner,
        String purpose) {

    public TableSpec {
        CatalogueNames.requireName(name);
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(sortKey, "sortKey");
        globalIndexes = List.copyOf(globalIndexes);
        Objects.requireNonNull(ttlAttribute, "ttlAttribute");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(purpose, "purpose");
    }
}
