package io.usdtcustody.custody.policy.api;

import io.usdtcustody.custody.policy.WhitelistEntry;
import java.time.Duration;
import java.util.Optional;

/**
 * A whitelist entry as API clients see it; {@code usableFrom} is when the policy's cooling-off ends (null when the
 * policy enforces no whitelist).
 */
public record WhitelistView(String chain, String address, String label, String addedAt, String usableFrom) {

    public static WhitelistView of(WhitelistEntry e, Optional<Duration> coolingOff) {
        return new WhitelistView(e.chain().name(), e.address(), e.label(), e.addedAt().toString(),
                coolingOff.map(c -> e.addedAt().plus(c).toString()).orElse(null));
    }
}
