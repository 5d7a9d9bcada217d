package io.usdtcustody.localcloud.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On loopback only: a body over the limit still gets its 413 to the client, whatever its size. */
class LoopbackHttpTest {
    private static final int LIMIT = 1024;
    private HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        server = LoopbackHttp.bind(0, "loopback-test", 2);
        server.createContext("/", exchange -> {
            var body = LoopbackHttp.readBody(exchange, LIMIT);
            LoopbackHttp.sendJson(exchange, body.isPresent() ? 200 : 413, "application/json",
                    ("{\"bytes\":" + body.map(b -> b.length).orElse(-1) + "}").getBytes(StandardCharsets.UTF_8));
        });
        server.start();
    }

    @AfterEach
    void stop() {
        LoopbackHttp.stop(server, 0);
    }

    @Test
    void readBody_shouldAcceptUpToTheLimit_andAnswer413Beyond_evenForLargeBodies() throws Exception {
        assertThat(post(LIMIT).statusCode()).isEqualTo(200);
        assertThat(post(LIMIT + 1).statusCode()).isEqualTo(413);
        assertThat(post(5 * 1024 * 1024).statusCode()).isEqualTo(413);
        assertThat(post(10).body()).isEqualTo("{\"bytes\":10}");
    }

    private HttpResponse<String> post(int size) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(LoopbackHttp.url(server) + "/x")).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[size])).build(), HttpResponse.BodyHandlers.ofString());
    }
}
