package io.usdtcustody.matching.core;

import io.usdtcustody.matching.engine.instrument.SymbolSpec;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Where the {@link JournalFollower} hands the outcomes of journaled commands, batch by batch in sequence order,
 * to be published outside the process (Kinesis). The follower counts a batch as published, and moves the
 * durable published-watermark past it, only once {@link #publish} returns; so an implementation keeps retrying
 * (with back-off) until every event is stored, and never drops one.
 */
@FunctionalInterface
public interface OutcomePublisher {

    /** Publishes nothing: there is nobody to tell (events are off), so every outcome counts as published. */
    OutcomePublisher NONE = (outcomes, symbols) -> { };

    /**
     * Returns once every event these outcomes carry is stored downstream. Throws {@link InterruptedException}
     * when the core is stopping before that: the batch then counts as unpublished and is published again (with
     * the same event ids) after the restart. {@code symbols} gives the spec of every symbol these outcomes name.
     */
    void publish(List<CommandOutcome> outcomes, IntFunction<SymbolSpec> symbols) throws InterruptedException;
}
