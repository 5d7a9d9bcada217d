package io.usdtcustody.model.events;

import java.util.Objects;

/**
 * The typed side of one event schema: its {@code type}, its {@code version} and the record its payload maps
 * to. Producers and consumers share the constant, so a payload class cannot drift from its type and version.
 *
 * <pre>{@code
 * public static final EventContract<DepositCredited> DEPOSIT_CREDITED =
 *         new EventContract<>("wallet.deposit.credited", 1, DepositCredited.class);
 * }</pre>
 *
 * @param <T> the payload record
 */
public record EventContract<T>(String type, int version, Class<T> payloadType) {

    public EventContract {
        EventEnvelope.requireType(type);
        EventEnvelope.requireVersion(version);
        Objects.requireNonNull(payloadType, "payloadType");
    }

    /** True when the envelope is of this contract's type and version. */
    public boolean matches(EventEnvelope envelope) {
        return type.equals(envelope.type()) && version == envelope.version();
    }
}
