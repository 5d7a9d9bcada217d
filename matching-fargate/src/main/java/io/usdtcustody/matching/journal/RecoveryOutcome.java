package io.usdtcustody.matching.journal;

/**
 * What {@link Recovery} rebuilt, for the start-up log and for tests.
 *
 * @param snapshotSequence the sequence of the snapshot restored (0: none, replayed from the start)
 * @param lastSequence     the last journal sequence applied; the journal's next append gets the one after
 * @param recordsReplayed  how many journal records were applied on top of the snapshot
 * @param stateHash        {@link JournaledStateMachine#stateHash()} after recovery
 */
public record RecoveryOutcome(long snapshotSequence, long lastSequence, long recordsReplayed, long stateHash) {
}
