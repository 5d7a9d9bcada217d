package io.usdtcustody.custody.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.keyvault.adapter.HsmTestProcess;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Deposit sweeping on the local chain with keys in SoftHSM2 and state in DynamoDB Local. The checks run in a child
 * JVM that has the HSM environment ({@link HsmTestProcess}: SoftHSM2 reads {@code SOFTHSM2_CONF} when it loads);
 * each comes back here as one dynamic test.
 */
@LocalCloudTest({Service.DYNAMODB, Service.HSM, Service.EVM})
class DepositSweepIT {

    @TestFactory
    Stream<DynamicTest> depositSweep_shouldPassEveryCheck_onTheLocalChain(CloudResources cloud) throws Exception {
        List<HsmTestProcess.Result> results = HsmTestProcess.run(cloud.environment(),
                List.of(DepositSweepOnLocalChain.class), Duration.ofMinutes(5));

        assertThat(results).as("tests reported by the HSM process").isNotEmpty();
        return results.stream().map(result -> DynamicTest.dynamicTest(result.name(), result::replay));
    }
}
