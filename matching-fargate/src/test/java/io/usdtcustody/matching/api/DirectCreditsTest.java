package io.usdtcustody.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployed matching service never credits trading money that custody did not move. */
class DirectCreditsTest {

    @Test
    void transfer_shouldBeForbiddenAndCreditNothing_unlessDirectCreditsAreSwitchedOn() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "matching.data-dir", Files.createTempDirectory("direct-credits").toString(),
                "matching.durability", "OS_PAGE_CACHE", "matching.events.enabled", "false"))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> credit = http.send(HttpRequest.newBuilder(server.getURI().resolve("/v1/transfers"))
                    .header("X-Tenant-Id", "tenant-a").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"transferId":"6f1c2a3e-0000-4000-8000-000000000009","account":"mallory","asset":"USDT","amount":"1000000","direction":"DEPOSIT"}"""))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(credit.statusCode()).isEqualTo(403);
            assertThat(credit.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(credit.body()).contains("direct credits are off");
            HttpResponse<String> balances = http.send(HttpRequest.newBuilder(
                    server.getURI().resolve(URI.create("/v1/accounts/mallory/balances")))
                    .header("X-Tenant-Id", "tenant-a").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(balances.body()).doesNotContain("1000000");
        }
    }
}
