package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.api.ResultCode;
import java.util.List;

/**
 * The acknowledged result of one command: its journal sequence (durable when a caller sees this), the
 * sequencer's timestamp, the engine's result code, the order id the sequencer gave it (PLACE) and the events it
 * caused, in order.
 */
public record CommandOutcome(long sequence, long timestampNanos, long orderId, ResultCode code,
        List<OutcomeEvent> events) {
    public CommandOutcome {
        events = List.copyOf(events);
    }
}
