package io.usdtcustody.localcloud.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.localcloud.gateway.auth.UsagePlanLimiter.Admission;
import io.usdtcustody.localcloud.testing.MutableClock;
import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.catalogue.UsagePlanSpec;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class UsagePlanLimiterTest {
    private static final ApiSpec API = new ApiSpec(List.of(), List.of(
            new UsagePlanSpec("steady", 2, 4, 1_000, "rate test"),
            new UsagePlanSpec("tiny", 100, 100, 3, "quota test")), "tenant", List.of());
    private static final PartnerKey STEADY = new PartnerKey("k1", TenantId.of("acme"), "steady");
    private static final PartnerKey TINY = new PartnerKey("k2", TenantId.of("acme"), "tiny");

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T23:59:50Z"));
    private final UsagePlanLimiter limiter = new UsagePlanLimiter(API, clock);

    @Test
    void admit_shouldAllowTheBurstAtOnce_thenRefuseWithRetryAfter_untilTheRateRefills() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.admit(STEADY).admitted()).isTrue();
        }
        Admission refused = limiter.admit(STEADY);

        assertThat(refused).isEqualTo(new Admission(Admission.Limit.RATE, 1));
        clock.advance(Duration.ofMillis(499));
        assertThat(limiter.admit(STEADY).admitted()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.admit(STEADY).admitted()).isTrue();
    }

    @Test
    void admit_shouldRefuseForTheRestOfTheUtcDay_whenTheQuotaIsUsed_andAllowAgainAfterMidnight() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit(TINY).admitted()).isTrue();
        }

        assertThat(limiter.admit(TINY)).isEqualTo(new Admission(Admission.Limit.QUOTA, 10));
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.admit(TINY).admitted()).isTrue();
    }

    @Test
    void admit_shouldMeterEachKeyOnItsOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.admit(TINY);
        }
        PartnerKey other = new PartnerKey("k3", TenantId.of("beta"), "tiny");

        assertThat(limiter.admit(TINY).admitted()).isFalse();
        assertThat(limiter.admit(other).admitted()).isTrue();
    }

    @Property(tries = 200)
    void admit_shouldNeverLetMoreThroughThanBurstPlusRateTimesElapsed(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 900) Integer> gapsMillis) {
        MutableClock time = new MutableClock(Instant.parse("2030-06-01T12:00:00Z"));
        UsagePlanLimiter meter = new UsagePlanLimiter(API, time);
        long admitted = 0;
        long elapsedMillis = 0;
        for (int gap : gapsMillis) {
            time.advance(Duration.ofMillis(gap));
            elapsedMillis += gap;
            for (int burst = 0; burst < 3; burst++) {
                if (meter.admit(STEADY).admitted()) {
                    admitted++;
                }
            }
            assertThat(admitted).isLessThanOrEqualTo(4 + 2 * elapsedMillis / 1000);
        }
    }
}
