package io.usdtcustody.functions.onboarding.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * One consent decision: the customer granted or withdrew {@code type} as worded in {@code documentVersion},
 * recorded at {@code recordedAt} (the platform's clock, not the client's). Records are only ever added, so the
 * history shows what was agreed to at any moment; the latest record per type is the current state.
 */
public record Consent(String consentId, ConsentType type, String documentVersion, boolean granted,
                      Instant recordedAt) {
    public Consent {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(documentVersion, "documentVersion");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
