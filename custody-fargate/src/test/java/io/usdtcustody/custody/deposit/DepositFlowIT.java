package io.usdtcustody.custody.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.math.BigInteger;
import java.time.Duration;
import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A deposit end to end through the running custody service: the tenant registers its account xpub, a
 * customer gets a deposit address over HTTP, 25 USDT arrive on the local chain, and the balance shows them
 * once — only after the configured confirmations.
 */
@LocalCloudTest({Service.DYNAMODB, Service.KINESIS, Service.EVM})
class DepositFlowIT {
    @Test
    void deposit_shouldBeCreditedOnceAfterThreeConfirmations_throughTheService(CloudResources cloud, EvmNode evm)
            throws Exception {
        var environment = new HashMap<>(cloud.environment());
        environment.put("CUSTODY_DEPOSITS_CONFIRMATIONS", "3");
        environment.put("CUSTODY_DEPOSITS_POLL_INTERVAL", "200ms");
        environment.put("CUSTODY_DEPOSITS_START_BLOCK", Long.toString(Long.decode(evm.rpc().call("eth_blockNumber").asText())));
        String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);

        try (ServiceProcess custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY,
                Ports.freeOr(0), environment, cloud.cloud().stateDir())) {
            CustodyDepositClient client = new CustodyDepositClient(custody.endpoint(), tenant);
            client.registerFreshXpub();
            String address = client.depositAddress("bob", "a1");
            assertThat(client.depositAddress("bob", "a2")).isEqualTo(address);

            evm.mint(address, BigInteger.valueOf(25_000_000)); // one block: 1 confirmation
            Thread.sleep(1_500);
            assertThat(client.available("bob")).as("not credited before 3 confirmations").isEqualTo("0");

            evm.rpc().call("evm_mine");
            evm.rpc().call("evm_mine"); // now 3 confirmations
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!"25".equals(client.available("bob")) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(client.available("bob")).isEqualTo("25");

            evm.rpc().call("evm_mine");
            Thread.sleep(1_000); // more polls, more confirmations: still credited exactly once
            assertThat(client.available("bob")).isEqualTo("25");
        }
    }
}
