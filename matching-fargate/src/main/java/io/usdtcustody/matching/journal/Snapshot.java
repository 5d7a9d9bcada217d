package io.usdtcustody.matching.journal;

/**
 * A state machine's serialized state after applying every journal record up to and including
 * {@code sequence}; recovery restores it and replays the journal from {@code sequence + 1}.
 *
 * @param sequence the last journal sequence whose effect the state includes (0: none)
 * @param state    the bytes {@link JournaledStateMachine#snapshot()} produced; owned by the caller
 */
public record Snapshot(long sequence, byte[] state) {
    public Snapshot {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        if (state == null) {
            throw new IllegalArgumentException("state must not be null");
        }
    }
}
