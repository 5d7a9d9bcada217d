package io.usdtcustody.custody;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** The custody jar, run as on Fargate against the local cloud: ready only when its tables are. */
@LocalCloudTest(Service.DYNAMODB)
class CustodyServiceIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_shouldBeUpWithItsTablesActive_whenTheCatalogueTablesExist(CloudResources cloud) throws Exception {
        try (ServiceProcess custody = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.CUSTODY,
                Ports.freeOr(0), cloud.environment(), cloud.cloud().stateDir())) {
            HttpResponse<String> health = get(custody.endpoint() + "/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "custody-tables", "\"ledger\":\"ACTIVE\"");
        }
    }

    @Test
    void health_shouldBeDown_whenItsTablesAreMissing(CloudResources cloud) throws Exception {
        var environment = new HashMap<>(cloud.environment());
        environment.put(ResourceNaming.ENVIRONMENT_VARIABLE, "nosuchprefix-");
        try (ServiceProcess custody = ServiceProcess.launch(ProjectLayout.locate(), ResourceCatalogue.CUSTODY,
                Ports.freeOr(0), environment, cloud.cloud().stateDir())) {
            HttpResponse<String> health = get(custody.endpoint() + "/health");

            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"", "UNREACHABLE");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
