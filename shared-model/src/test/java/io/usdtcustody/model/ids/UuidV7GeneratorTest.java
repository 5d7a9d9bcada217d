package io.usdtcustody.model.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:34:56.789Z");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Random bits that are all ones: seeds the counter at its highest allowed start (0x7FF). */
    private static final RandomGenerator ALL_ONES = () -> -1L;

    @Test
    void nextId_shouldHaveVersion7AndRfcVariant() {
        UUID id = new UuidV7Generator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(1)).nextId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.toString().charAt(14)).isEqualTo('7');
        assertThat(id.toString().charAt(19)).isIn('8', '9', 'a', 'b');
    }

    @Test
    void nextId_shouldCarryClockMillis_inFirst48Bits() {
        UUID id = new UuidV7Generator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(2)).nextId();

        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
        assertThat(UuidV7.timestamp(id)).isEqualTo(NOW);
        assertThat(id.toString()).startsWith(String.format("%08x-%04x", NOW.toEpochMilli() >>> 16,
                NOW.toEpochMilli() & 0xFFFF));
    }

    @Test
    void nextId_shouldBeStrictlyIncreasing_whenManyIdsInSameMillisecond() {
        UuidV7Generator generator = new UuidV7Generator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(3));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(generator.nextId().toString());
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).hasSize(10_000);
    }

    @Test
    void nextId_shouldIncrementRandA_whenSameMillisecond() {
        UuidV7Generator generator = new UuidV7Generator(Clock.fixed(NOW, ZoneOffset.UTC), ALL_ONES);

        UUID first = generator.nextId();
        UUID second = generator.nextId();

        assertThat(first.getMostSignificantBits() & 0xFFF).isEqualTo(0x7FF);
        assertThat(second.getMostSignificantBits() & 0xFFF).isEqualTo(0x800);
        assertThat(UuidV7.timestamp(second)).isEqualTo(NOW);
    }

    @Test
    void nextId_shouldAdvanceTimestampByOneMilli_whenCounterRollsOver() {
        UuidV7Generator generator = new UuidV7Generator(Clock.fixed(NOW, ZoneOffset.UTC), ALL_ONES);
        UUID last = null;
        for (int counter = 0x7FF; counter <= 0xFFF; counter++) {
            last = generator.nextId();
        }

        UUID afterRollover = generator.nextId();

        assertThat(UuidV7.timestamp(last)).isEqualTo(NOW);
        assertThat(last.getMostSignificantBits() & 0xFFF).isEqualTo(0xFFF);
        assertThat(UuidV7.timestamp(afterRollover)).isEqualTo(NOW.plusMillis(1));
        assertThat(afterRollover.toString()).isGreaterThan(last.toString());
    }

    @Test
    void nextId_shouldStayMonotonic_whenClockStepsBackwards() {
        ManualClock clock = new ManualClock(NOW);
        UuidV7Generator generator = new UuidV7Generator(clock, new SplittableRandom(4));
        UUID before = generator.nextId();

        clock.set(NOW.minusSeconds(5));
        UUID after = generator.nextId();

        assertThat(after.toString()).isGreaterThan(before.toString());
        assertThat(UuidV7.timestamp(after)).isEqualTo(NOW);
    }

    @Test
    void nextId_shouldFollowClock_whenTimeMovesForward() {
        ManualClock clock = new ManualClock(NOW);
        UuidV7Generator generator = new UuidV7Generator(clock, new SplittableRandom(5));
        UUID first = generator.nextId();

        clock.set(NOW.plusMillis(250));
        UUID second = generator.nextId();

        assertThat(UuidV7.timestamp(second)).isEqualTo(NOW.plusMillis(250));
        assertThat(second.toString()).isGreaterThan(first.toString());
    }

    @Test
    void nextId_shouldRefuse_whenClockBeforeEpoch() {
        UuidV7Generator generator = new UuidV7Generator(
                Clock.fixed(Instant.parse("1969-12-31T23:59:59Z"), ZoneOffset.UTC), new SplittableRandom(6));

        assertThatThrownBy(generator::nextId).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nextId_shouldDifferInRandomBits_whenSeedsDiffer() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

        UUID a = new UuidV7Generator(clock, new SplittableRandom(7)).nextId();
        UUID b = new UuidV7Generator(clock, new SplittableRandom(8)).nextId();

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void constructor_shouldRejectNulls() {
        assertThatThrownBy(() -> new UuidV7Generator(null, ALL_ONES)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new UuidV7Generator(Clock.systemUTC(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
