package io.usdtcustody.matching.engine;

import io.usdtcustody.matching.engine.api.Command;

/**
 * Where the sequencer writes each command before the engine executes it: the write-ahead journal implements
 * this (encoding with {@link io.usdtcustody.matching.engine.command.CommandCodec}). {@link #commit} marks a
 * group-commit boundary: every command appended before it is durable when it returns, and only then may the
 * events of those commands be published. {@link #NONE} is the journal switched off.
 */
public interface CommandLog {

    /** No journal: nothing is written, commits return at once. */
    CommandLog NONE = new CommandLog() {
        @Override
        public void append(Command command) {
        }

        @Override
        public void commit() {
        }
    };

    /** Records one sequenced command; must not keep a reference to it (the instance is reused). */
    void append(Command command);

    /** Makes every command appended so far durable. */
    void commit();
}
