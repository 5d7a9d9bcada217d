package io.usdtcustody.matching;

import io.usdtcustody.localcloud.junit.PlatformArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void productionCode_shouldDependOnNoOtherDeployable() {
        PlatformArchitecture.assertSelfContained("io.usdtcustody.matching");
    }
}
