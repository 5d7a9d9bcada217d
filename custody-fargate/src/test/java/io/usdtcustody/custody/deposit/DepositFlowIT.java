package io.usdtcustody.custody.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.component.EvmNode;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.json.JsonCodec;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
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
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonCodec CODEC = new JsonCodec();

    @Test
    void deposit_shouldBeCreditedOnceAfterThreeConfirmations_throughTheService(CloudResources cloud, EvmNode evm)
            throws Exception {
        var environment = new HashMap<>(cloud.environment());
        environment.put("CUSTODY_DEPOSITS_CONFIRMATIONS", "3");
        environment.put("CUSTODY_DEPOSITS_POLL_INTERVAL", "200ms");
        environment.put("CUSTODY_DEPOSITS_START_BLOCK", Long.toString(Long.decode(evm.rpc().call("eth_blockNumber").asText())));
        String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        String xpub;
        try (var master = Bip32.masterFromSeed(seed);
             var account = Bip32.derive(master, DerivationPath.parse("m/44'/60'/0'"))) {
            xpub = account.neuter().toXpub();
        }

        try (ServiceProcess custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY,
                Ports.freeOr(0), environment, cloud.cloud().stateDir())) {
            String base = custody.endpoint();
            HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(base + "/v1/account-xpubs/ethereum"))
                    .header("X-Tenant-Id", tenant).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"xpub\":\"" + xpub + "\"}")));
            assertThat(registered.statusCode()).isEqualTo(204);

            HttpResponse<String> allocated = send(HttpRequest.newBuilder(URI.create(base + "/v1/customers/bob/deposit-addresses/ethereum"))
                    .header("X-Tenant-Id", tenant).header("Idempotency-Key", "a1").POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(allocated.statusCode()).isEqualTo(200);
            String address = CODEC.readTree(allocated.body().getBytes()).get("address").asText();
            HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(base + "/v1/customers/bob/deposit-addresses/ethereum"))
                    .header("X-Tenant-Id", tenant).header("Idempotency-Key", "a2").POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(CODEC.readTree(again.body().getBytes()).get("address").asText()).isEqualTo(address);

            evm.mint(address, BigInteger.valueOf(25_000_000)); // one block: 1 confirmation
            Thread.sleep(1_500);
            assertThat(available(base, tenant)).as("not credited before 3 confirmations").isEqualTo("0");

            evm.rpc().call("evm_mine");
            evm.rpc().call("evm_mine"); // now 3 confirmations
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!"25".equals(available(base, tenant)) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(available(base, tenant)).isEqualTo("25");

            evm.rpc().call("evm_mine");
            Thread.sleep(1_000); // more polls, more confirmations: still credited exactly once
            assertThat(available(base, tenant)).isEqualTo("25");
        }
    }

    private static String available(String base, String tenant) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/v1/customers/bob/balances"))
                .header("X-Tenant-Id", tenant).GET());
        for (JsonNode balance : CODEC.readTree(response.body().getBytes())) {
            if (balance.get("chain").asText().equals("ETHEREUM")) {
                return balance.get("available").asText();
            }
        }
        throw new AssertionError("no Ethereum balance in " + response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
