package io.usdtcustody.model.catalogue;

import java.util.Objects;
import java.util.Optional;

/** A global secondary index, projected with all attributes. */
public record IndexSpec(String name, KeyAttribute partitionKey, Optional<KeyAttribute> sortKey) {
    public IndexSpec {
        CatalogueNames.requireName(name);
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(sortKey, "sortKey");
    }

    public static IndexSpec of(String name, KeyAttribute partitionKey, KeyAttribute sortKey) {
        return new IndexSpec(name, partitionKey, Optional.of(sortKey));
    }
}
