package io.usdtcustody.functions.kyc.lists.port;

import java.io.InputStream;

/** Reads objects of a bucket: how a list version published to S3 reaches the parser. */
@FunctionalInterface
public interface ObjectStore {

    /**
     * The object's bytes, to be closed by the caller; an {@link java.io.UncheckedIOException} names the object
     * when it is missing or cannot be read.
     */
    InputStream open(String bucket, String key);
}
