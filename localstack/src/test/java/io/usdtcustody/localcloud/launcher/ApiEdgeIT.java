package io.usdtcustody.localcloud.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.usdtcustody.localcloud.HealthProbe;
import io.usdtcustody.localcloud.ProjectLayout;
import io.usdtcustody.localcloud.gateway.LocalGatewayStack;
import io.usdtcustody.model.catalogue.ResourceNaming;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway as {@code ./platform up} starts it, without the rest of the cloud: catalogue routes, demo keys and a
 * mobile token written to an owner-only {@code gateway.json}, health endpoints for {@code ./platform status}, and
 * honest answers for what is not there (a function that is not built, a service that is not running).
 */
class ApiEdgeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void start_shouldServeTheCatalogueApi_andPublishItsCredentialsAndHealth(@TempDir Path stateDir) throws Exception {
        ProjectLayout repository = new ProjectLayout(Files.createDirectories(stateDir.resolve("repo")));
        try (LocalGatewayStack stack = ApiEdge.start(withToolsOf(repository), stateDir, new ResourceNaming("t-edge-"),
                Map.of(), List.of(), 0, 0)) {
            Path credentials = stateDir.resolve("gateway.json");
            JsonNode published = JSON.readTree(credentials.toFile());
            String demoKey = published.path("partnerKeys").get(0).path("apiKey").asText();
            String token = JSON.readTree(post(stack.identityProviderUrl() + "/tokens",
                    "{\"tenant\":\"demo\",\"subject\":\"alice\"}").body()).path("idToken").asText();
            Map<String, String> endpoints = new LinkedHashMap<>();
            Map<String, String> health = new LinkedHashMap<>();
            ApiEdge.publish(stack, endpoints, health);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
            assertThat(published.path("url").asText()).isEqualTo(stack.url());
            assertThat(published.path("partnerKeys").findValuesAsText("tenant")).containsExactly("demo", "acme");
            assertThat(health.values()).allMatch(HealthProbe::http);
            assertThat(endpoints).containsKeys("gateway", "idp");
            assertThat(ApiEdge.describe(stack, stateDir)).noneMatch(line -> line.contains(demoKey));
            HttpResponse<String> notBuilt = get(stack.url() + "/v1/customers/alice", "x-api-key", demoKey);
            assertThat(notBuilt.statusCode()).isEqualTo(502);
            assertThat(JSON.readTree(notBuilt.body()).path("code").asText()).isEqualTo("BAD_GATEWAY");
            HttpResponse<String> noService = get(stack.url() + "/v1/withdrawals/w-1", "Authorization", "Bearer " + token);
            assertThat(noService.statusCode()).isEqualTo(503);
            assertThat(get(stack.url() + "/v1/withdrawals/w-1", "Authorization", "Bearer x.y.z").statusCode()).isEqualTo(401);
        }
    }

    /** A repository root without built functions, but with the tether script the runtime processes need. */
    private static ProjectLayout withToolsOf(ProjectLayout empty) throws Exception {
        Path bin = Files.createDirectories(empty.root().resolve("localstack").resolve("bin"));
        Files.copy(ProjectLayout.locate().tether(), bin.resolve("tether"));
        return empty;
    }

    private HttpResponse<String> get(String url, String... headers) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).headers(headers).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
