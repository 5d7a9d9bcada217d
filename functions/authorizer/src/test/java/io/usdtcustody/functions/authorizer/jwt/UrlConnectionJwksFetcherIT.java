package io.usdtcustody.functions.authorizer.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.usdtcustody.functions.authorizer.TestIssuer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real HTTP fetch against a loopback server: what it accepts, and every answer it refuses. */
class UrlConnectionJwksFetcherIT {
    private static final byte[] JWKS = new TestIssuer().keys.toJson().getBytes(StandardCharsets.UTF_8);
    private final UrlConnectionJwksFetcher fetcher = new UrlConnectionJwksFetcher();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks.json", exchange -> answer(exchange, 200, JWKS));
        server.createContext("/down", exchange -> answer(exchange, 503, "{}".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/jwks.json");
            answer(exchange, 302, new byte[0]);
        });
        server.createContext("/huge", exchange -> answer(exchange, 200, new byte[UrlConnectionJwksFetcher.MAX_BYTES + 1]));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(UrlConnectionJwksFetcher.READ_TIMEOUT.toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, JWKS);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetch_shouldReturnTheDocument_andFeedTheCache_whenTheIssuerAnswers200() throws IOException {
        assertThat(fetcher.fetch(url("/jwks.json"))).isEqualTo(JWKS);
        assertThat(new CachedJwks(url("/jwks.json"), fetcher, Clock.systemUTC()).current().key("pool-rsa")).isPresent();
    }

    @Test
    void fetch_shouldRefuse_errorsRedirectsOversizeAndSlowAnswers() {
        assertThatThrownBy(() -> fetcher.fetch(url("/down"))).isInstanceOf(IOException.class).hasMessageContaining("503");
        assertThatThrownBy(() -> fetcher.fetch(url("/moved"))).isInstanceOf(IOException.class).hasMessageContaining("302");
        assertThatThrownBy(() -> fetcher.fetch(url("/huge"))).isInstanceOf(IOException.class).hasMessageContaining("larger");
        assertThatThrownBy(() -> fetcher.fetch(url("/slow"))).isInstanceOf(SocketTimeoutException.class);
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/hostname"))).isInstanceOf(IOException.class);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
