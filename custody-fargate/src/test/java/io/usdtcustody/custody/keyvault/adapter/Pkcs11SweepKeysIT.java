package io.usdtcustody.custody.keyvault.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.component.SoftHsm;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed-wrapping key and the sweep's session keys on the local cloud's SoftHSM2 token, checked in a child JVM
 * with the HSM environment (see {@link HsmTestProcess}); each check comes back as one dynamic test.
 */
@LocalCloudTest({Service.HSM})
class Pkcs11SweepKeysIT {

    @TestFactory
    Stream<DynamicTest> sweepKeys_shouldPassEveryCheck_whenRunAgainstSoftHsm(SoftHsm hsm) throws Exception {
        List<HsmTestProcess.Result> results = HsmTestProcess.run(hsm.environment(),
                List.of(Pkcs11SweepKeysOnSoftHsm.class), Duration.ofMinutes(5));

        assertThat(results).as("tests reported by the HSM process").hasSizeGreaterThanOrEqualTo(8);
        return results.stream().map(result -> DynamicTest.dynamicTest(result.name(), result::replay));
    }
}
