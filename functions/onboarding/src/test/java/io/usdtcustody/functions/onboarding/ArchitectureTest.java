package io.usdtcustody.functions.onboarding;

import io.usdtcustody.localcloud.junit.PlatformArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void productionCode_shouldDependOnlyOnItselfTheCommonGlueAndSharedCode() {
        PlatformArchitecture.assertSelfContained("io.usdtcustody.functions.onboarding", "io.usdtcustody.functions.common..");
    }
}
