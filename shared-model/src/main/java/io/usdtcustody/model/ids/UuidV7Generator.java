package io.usdtcustody.model.ids;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Makes UUIDv7 ids (RFC 9562) that sort by creation time, also within one millisecond and also when the wall
 * clock steps backwards, so they work as time-ordered database keys and event ids.
 *
 * <p>Monotonicity follows RFC 9562 §6.2 method 1 (fixed-length dedicated counter): the 12-bit {@code rand_a}
 * field is a counter, seeded randomly with its top bit clear at each new millisecond and incremented for each
 * further id in the same millisecond; {@code rand_b} is 62 fresh random bits per id. When the clock goes
 * backwards the last timestamp is kept; when the counter would roll over, the timestamp is advanced by one
 * millisecond ahead of the clock (as §6.2 allows) instead of waiting.
 *
 * <p>The clock and random source are injected and read only when an id is made, so tests are exact and a
 * SnapStart snapshot captures no time. In production pass a {@link java.security.SecureRandom}. Thread-safe.
 */
public final class UuidV7Generator implements IdGenerator {

    private static final int COUNTER_BITS = 12;
    private static final int COUNTER_MAX = (1 << COUNTER_BITS) - 1;
    private static final int COUNTER_SEED_MASK = COUNTER_MAX >>> 1; // top bit clear leaves room to count

    private final Clock clock;
    private final RandomGenerator random;

    private long lastMillis = -1;
    private int counter;

    public UuidV7Generator(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public synchronized UUID nextId() {
        long now = clock.millis();
        if (now < 0 || now > UuidV7.MAX_UNIX_MILLIS) {
            throw new IllegalStateException("clock is outside the UUIDv7 timestamp range: " + now);
        }
        if (now > lastMillis) {
            lastMillis = now;
            counter = random.nextInt() & COUNTER_SEED_MASK;
        } else if (counter < COUNTER_MAX) {
            counter++; // same millisecond, or the clock stepped back: stay on lastMillis
        } else {
            if (lastMillis == UuidV7.MAX_UNIX_MILLIS) {
                throw new IllegalStateException("UUIDv7 timestamp range exhausted");
            }
            lastMillis++;
            counter = random.nextInt() & COUNTER_SEED_MASK;
        }
        long msb = (lastMillis << 16) | ((long) UuidV7.VERSION << 12) | counter;
        long lsb = (random.nextLong() >>> 2) | Long.MIN_VALUE; // variant 0b10 in the top two bits
        return new UUID(msb, lsb);
    }
}
