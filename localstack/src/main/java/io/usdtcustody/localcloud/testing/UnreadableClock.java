package io.usdtcustody.localcloud.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that fails when read: SnapStart priming tests use it to prove no time is captured in the snapshot. */
public final class UnreadableClock extends Clock {
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
        throw new AssertionError("priming read the clock");
    }
}
