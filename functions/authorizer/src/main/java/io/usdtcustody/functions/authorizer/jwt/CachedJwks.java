package io.usdtcustody.functions.authorizer.jwt;

import io.usdtcustody.model.jwt.JsonWebKeySet;
import io.usdtcustody.model.jwt.JwksSource;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An issuer's keys, fetched on first use and then held by the execution environment. They are fetched again after
 * {@link #MAX_AGE}, or for a token naming an unknown {@code kid} (a rotation), but never more often than every
 * {@link #MIN_INTERVAL} ({@link #RETRY_WITHOUT_KEYS} while none are held), so made-up key ids cannot flood the issuer. A failed fetch keeps the keys already held
 * for up to {@link #MAX_STALENESS}; with none usable, {@link JwksUnavailableException}. Nothing is fetched at
 * initialisation, so a SnapStart snapshot holds no keys and no connection; time comes from the injected clock.
 */
public final class CachedJwks implements JwksSource {
    public static final Duration MAX_AGE = Duration.ofHours(1);
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(60);
    /** While no keys are held at all, a failed first fetch is retried sooner. */
    public static final Duration RETRY_WITHOUT_KEYS = Duration.ofSeconds(5);
    public static final Duration MAX_STALENESS = Duration.ofHours(24);

    private final URI location;
    private final JwksFetcher fetcher;
    private final Clock clock;
    private JsonWebKeySet keys;
    private Instant fetchedAt;
    private Instant attemptedAt;

    public CachedJwks(URI location, JwksFetcher fetcher, Clock clock) {
        this.location = Objects.requireNonNull(location, "location");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized JsonWebKeySet current() {
        Instant now = clock.instant();
        if (keys == null || now.isAfter(fetchedAt.plus(MAX_AGE))) {
            tryFetch(now);
        }
        return usable(now);
    }

    @Override
    public synchronized JsonWebKeySet refreshed() {
        Instant now = clock.instant();
        tryFetch(now);
        return usable(now);
    }

    private void tryFetch(Instant now) {
        if (attemptedAt != null && now.isBefore(attemptedAt.plus(keys == null ? RETRY_WITHOUT_KEYS : MIN_INTERVAL))) {
            return;
        }
        attemptedAt = now;
        try {
            JsonWebKeySet fetched = JsonWebKeySet.parse(fetcher.fetch(location));
            if (fetched.size() > 0) {
                keys = fetched;
                fetchedAt = now;
            }
        } catch (IOException | IllegalArgumentException e) {
            if (keys == null) {
                throw new JwksUnavailableException("the issuer's keys cannot be fetched", e);
            }
        }
    }

    private JsonWebKeySet usable(Instant now) {
        if (keys == null || now.isAfter(fetchedAt.plus(MAX_STALENESS))) {
            throw new JwksUnavailableException("no current keys of the issuer", null);
        }
        return keys;
    }
}
