package io.usdtcustody.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.LocalCloud.Service;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.junit.CloudResources;
import io.usdtcustody.localcloud.junit.LocalCloudTest;
import io.usdtcustody.localcloud.launcher.ServiceProcess;
import io.usdtcustody.localcloud.process.Ports;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The matching jar starts as on Fargate and reports healthy. */
@LocalCloudTest(Service.KINESIS)
class MatchingServiceIT {

    @Test
    void health_shouldBeUp_whenStartedAgainstTheLocalCloud(CloudResources cloud) throws Exception {
        try (ServiceProcess matching = ServiceProcess.start(ProjectLayout.locate(), ResourceCatalogue.MATCHING,
                Ports.freeOr(0), cloud.environment(), cloud.cloud().stateDir())) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(matching.endpoint() + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
    }
}
