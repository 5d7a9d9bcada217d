package io.usdtcustody.functions.authorizer.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.functions.authorizer.TestIssuer;
import io.usdtcustody.localcloud.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class CachedJwksTest {
    private static final URI LOCATION = URI.create(TestIssuer.ISSUER + "/.well-known/jwks.json");
    private static final byte[] KEYS = new TestIssuer().keys.toJson().getBytes(StandardCharsets.UTF_8);
    private static final byte[] ROTATED = new TestIssuer().keys.toJson().replace("pool-ec", "pool-ec-2")
            .getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final Deque<Object> answers = new ArrayDeque<>();
    private int fetches;
    private final CachedJwks jwks = new CachedJwks(LOCATION, location -> {
        assertThat(location).isEqualTo(LOCATION);
        fetches++;
        Object answer = answers.isEmpty() ? KEYS : answers.poll();
        if (answer instanceof IOException e) {
            throw e;
        }
        return (byte[]) answer;
    }, clock);

    @Test
    void current_shouldFetchOnFirstUseOnly_andAgainAfterMaxAge() {
        assertThat(fetches).isZero();
        assertThat(jwks.current().key("pool-ec")).isPresent();
        clock.advance(CachedJwks.MAX_AGE);
        jwks.current();
        assertThat(fetches).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        answers.add(ROTATED);
        assertThat(jwks.current().key("pool-ec-2")).isPresent();
        assertThat(fetches).isEqualTo(2);
    }

    @Test
    void refreshed_shouldFetchAtMostOncePerMinInterval_whateverTheTokensAsk() {
        jwks.current();
        answers.add(ROTATED);
        for (int i = 0; i < 100; i++) {
            jwks.refreshed();
        }
        assertThat(fetches).isEqualTo(1);

        clock.advance(CachedJwks.MIN_INTERVAL);
        assertThat(jwks.refreshed().key("pool-ec-2")).isPresent();
        assertThat(fetches).isEqualTo(2);
    }

    @Test
    void current_shouldKeepTheKeysItHas_whenARefetchFails_upToMaxStaleness() {
        jwks.current();
        clock.advance(CachedJwks.MAX_AGE.plusSeconds(1));
        answers.add(new IOException("the JWKS endpoint answered 503"));

        assertThat(jwks.current().key("pool-ec")).isPresent();

        clock.advance(CachedJwks.MAX_STALENESS);
        answers.add(new IOException("the JWKS endpoint answered 503"));
        assertThatThrownBy(jwks::current).isInstanceOf(JwksUnavailableException.class);
    }

    @Test
    void current_shouldThrow_whenNoKeysWereEverFetched_andRetryOnlyAfterAPause() {
        answers.add(new IOException("connect timed out"));
        answers.add(new IOException("connect timed out"));

        assertThatThrownBy(jwks::current).isInstanceOf(JwksUnavailableException.class).hasMessageNotContaining("timed out");
        assertThatThrownBy(jwks::current).isInstanceOf(JwksUnavailableException.class);
        assertThat(fetches).isEqualTo(1);

        clock.advance(CachedJwks.RETRY_WITHOUT_KEYS);
        assertThatThrownBy(jwks::current).isInstanceOf(JwksUnavailableException.class);
        clock.advance(CachedJwks.RETRY_WITHOUT_KEYS);
        assertThat(jwks.current().size()).isEqualTo(2);
        assertThat(fetches).isEqualTo(3);
    }

    @Test
    void current_shouldNotReplaceKeys_withADocumentThatHasNone() {
        jwks.current();
        clock.advance(CachedJwks.MAX_AGE.plusSeconds(1));
        answers.add("{\"keys\":[]}".getBytes(StandardCharsets.UTF_8));

        assertThat(jwks.current().key("pool-rsa")).isPresent();
    }
}
