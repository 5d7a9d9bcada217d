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
 * The SunPKCS11 key vault on the local cloud's SoftHSM2 tokens. The checks run in a child JVM that has the HSM
 * environment (see {@link HsmTestProcess} for why); each of them comes back here as one dynamic test.
 */
@LocalCloudTest({Service.HSM})
class Pkcs11KeyVaultIT {

    @TestFactory
    Stream<DynamicTest> pkcs11KeyVault_shouldPassEveryCheck_whenRunAgainstSoftHsmTokens(SoftHsm hsm) throws Exception {
        List<HsmTestProcess.Result> results = HsmTestProcess.run(hsm.environment(),
                List.of(Pkcs11KeyVaultContractOnSoftHsm.class, Pkcs11KeyVaultOnSoftHsm.class), Duration.ofMinutes(5));

        assertThat(results).as("tests reported by the HSM process").hasSizeGreaterThanOrEqualTo(20);
        results.forEach(result -> System.out.printf("[hsm process] %-110s %-10s %6d ms%n",
                result.name(), result.status(), result.millis()));
        return results.stream().map(result -> DynamicTest.dynamicTest(result.name(), result::replay));
    }
}
