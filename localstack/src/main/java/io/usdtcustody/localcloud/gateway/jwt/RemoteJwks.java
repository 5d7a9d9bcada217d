package io.usdtcustody.localcloud.gateway.jwt;

import io.usdtcustody.model.jwt.JsonWebKeySet;
import io.usdtcustody.model.jwt.JwksSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An issuer's JWKS at an {@code http(s)} URL (e.g. a Cognito user pool's {@code /.well-known/jwks.json}) or in
 * a {@code file:}. Keys are cached for {@link #CACHE_FOR}; a refresh for an unknown {@code kid} is made at most
 * every {@link #MIN_REFRESH_INTERVAL}, so tokens with made-up key ids cannot turn the gateway into a flood of
 * requests to the issuer. A failed refresh keeps the keys it had.
 */
public final class RemoteJwks implements JwksSource {
    static final Duration CACHE_FOR = Duration.ofMinutes(10);
    static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);
    private static final int MAX_BYTES = 256 * 1024;

    private final URI location;
    private final HttpClient http;
    private final Clock clock;
    private JsonWebKeySet keys;
    private Instant fetchedAt;

    public RemoteJwks(URI location, Clock clock) {
        this.location = Objects.requireNonNull(location, "location");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (!"file".equals(location.getScheme()) && !location.getScheme().startsWith("http")) {
            throw new IllegalArgumentException("a JWKS location is an http(s) or file URI");
        }
    }

    @Override
    public synchronized JsonWebKeySet current() {
        if (keys == null || clock.instant().isAfter(fetchedAt.plus(CACHE_FOR))) {
            fetch();
        }
        return keys;
    }

    @Override
    public synchronized JsonWebKeySet refreshed() {
        if (keys == null || clock.instant().isAfter(fetchedAt.plus(MIN_REFRESH_INTERVAL))) {
            try {
                fetch();
            } catch (RuntimeException e) {
                if (keys == null) {
                    throw e;
                }
            }
        }
        return keys;
    }

    private void fetch() {
        byte[] body = "file".equals(location.getScheme()) ? readFile() : download();
        if (body.length > MAX_BYTES) {
            throw new IllegalStateException("the JWKS at " + location + " is larger than " + MAX_BYTES + " bytes");
        }
        keys = JsonWebKeySet.parse(body);
        fetchedAt = clock.instant();
    }

    private byte[] readFile() {
        try {
            return Files.readAllBytes(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWKS file " + location, e);
        }
    }

    private byte[] download() {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(location).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the JWKS at " + location + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch the JWKS at " + location, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching the JWKS", e);
        }
    }
}
