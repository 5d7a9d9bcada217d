package io.usdtcustody.custody.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.address.AddressValidator;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Chain;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Custody started with an HSM creates its hot-wallet keys in the token and shows their addresses; started
 * again, it finds the same keys there (token objects outlive the process) and shows the same addresses.
 */
@LocalCloudTest({Service.DYNAMODB, Service.HSM})
class HotWalletIT {
    private static final JsonCodec CODEC = new JsonCodec();

    @Test
    void hotWallets_shouldBeCreatedInTheHsmOnce_andKeepTheirAddressesAcrossRestarts(CloudResources cloud) throws Exception {
        Map<String, String> first = addresses(cloud);
        Map<String, String> second = addresses(cloud);

        assertThat(first).containsOnlyKeys("ETHEREUM", "TRON");
        assertThat(AddressValidator.validate(Chain.ETHEREUM, first.get("ETHEREUM")).valid()).isTrue();
        assertThat(AddressValidator.validate(Chain.TRON, first.get("TRON")).valid()).isTrue();
        assertThat(second).isEqualTo(first);
    }

    private static Map<String, String> addresses(CloudResources cloud) throws Exception {
        try (ServiceProcess custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY,
                Ports.freeOr(0), cloud.environment(), cloud.cloud().stateDir())) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(custody.endpoint() + "/v1/hot-wallets")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            Map<String, String> addresses = new HashMap<>();
            for (JsonNode wallet : CODEC.readTree(response.body().getBytes())) {
                addresses.put(wallet.get("chain").asText(), wallet.get("address").asText());
            }
            return addresses;
        }
    }
}
