package io.usdtcustody.functions.common;

import io.usdtcustody.localcloud.junit.PlatformArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void productionCode_shouldDependOnNoDeployable() {
        PlatformArchitecture.assertSelfContained("io.usdtcustody.functions.common");
    }
}
