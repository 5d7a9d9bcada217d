package io.usdtcustody.model.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns logical catalogue names into physical ones: {@code <prefix><name>}. An environment uses a prefix such
 * as {@code usdt-prod-}; each test class gets its own random prefix so classes never see each other's data.
 * The prefix comes from the {@code RESOURCE_PREFIX} environment variable in every deployable.
 */
public record ResourceNaming(String prefix) {
    public static final String ENVIRONMENT_VARIABLE = "RESOURCE_PREFIX";
    private static final Pattern PREFIX = Pattern.compile("([a-z][a-z0-9-]{0,22}-)?");

    public ResourceNaming {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix must be empty or lower-case letters, digits and dashes ending in '-': " + prefix);
        }
    }

    public String table(TableSpec table) {
        return prefix + table.name();
    }

    public String stream(StreamSpec stream) {
        return prefix + stream.name();
    }

    /** S3 bucket names are global in AWS; deployments pass an account-unique prefix. */
    public String bucket(BucketSpec bucket) {
        return prefix + bucket.name();
    }

    public String function(FunctionSpec function) {
        return prefix + function.name();
    }
}
