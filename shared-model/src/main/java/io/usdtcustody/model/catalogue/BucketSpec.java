package io.usdtcustody.model.catalogue;

import java.util.Objects;

/**
 * An S3 bucket. Every bucket is private and versioned; {@code objectLockRetentionDays > 0} turns on object
 * lock in compliance mode (the receipt archive must be write-once).
 */
public record BucketSpec(String name, int objectLockRetentionDays, Owner owner, String purpose) {
    public BucketSpec {
        CatalogueNames.requireName(name);
        if (objectLockRetentionDays < 0) {
            throw new IllegalArgumentException("objectLockRetentionDays must not be negative");
        }
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(purpose, "purpose");
    }

    public boolean objectLock() {
        return objectLockRetentionDays > 0;
    }
}
