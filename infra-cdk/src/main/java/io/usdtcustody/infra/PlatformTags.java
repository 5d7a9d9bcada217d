package io.usdtcustody.infra;

import software.amazon.awscdk.Tags;
import software.constructs.IConstruct;

/** The tags every stack and every resource in it carries, for cost allocation and ownership. */
public final class PlatformTags {
    public static final String PROJECT_TAG = "project";
    public static final String ENVIRONMENT_TAG = "environment";

    private PlatformTags() {
    }

    public static void apply(IConstruct scope, PlatformConfig config) {
        Tags.of(scope).add(PROJECT_TAG, PlatformConfig.PROJECT);
        Tags.of(scope).add(ENVIRONMENT_TAG, config.environmentName());
    }
}
