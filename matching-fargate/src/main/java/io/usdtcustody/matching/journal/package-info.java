/**
 * The matching engine's write-ahead journal and snapshots: engine-agnostic, crash-safe storage of opaque
 * command records, and the recovery that rebuilds a deterministic state machine from them.
 *
 * <h2>How a service uses it</h2>
 * <ol>
 *   <li>{@link io.usdtcustody.matching.journal.Journal#open Journal.open(config, listener)} (cuts off a torn
 *       tail) and {@link io.usdtcustody.matching.journal.SnapshotStore#open SnapshotStore.open(dir, retain)}.</li>
 *   <li>{@link io.usdtcustody.matching.journal.Recovery#recover Recovery.recover(journal, snapshots, engine)}
 *       on an empty engine that implements
 *       {@link io.usdtcustody.matching.journal.JournaledStateMachine}: latest snapshot + journal tail.</li>
 *   <li>On the engine thread, for each command: {@code long seq = sink.append(bytes)} through the
 *       {@link io.usdtcustody.matching.journal.RecordSink} port (a negative result is back-pressure or a closed
 *       journal: reject the command, do not apply it), then {@code engine.apply(seq, bytes)}.</li>
 *   <li>Acknowledge the command (and publish what it caused outside the process) only once
 *       {@code durableSequence() >= seq}: the {@link io.usdtcustody.matching.journal.DurabilityListener} says
 *       when, on the committer thread.</li>
 *   <li>Now and then,
 *       {@link io.usdtcustody.matching.journal.Checkpointer#checkpoint checkpoint(engine, lastApplied, maxWait)}:
 *       snapshot, then prune old snapshots and the journal segments they cover. The matching core does this on
 *       a second copy of the engine that follows the durable records through a
 *       {@link io.usdtcustody.matching.journal.JournalTail}, so the engine thread never pauses for it; that copy
 *       also publishes the events and keeps how far it got in a
 *       {@link io.usdtcustody.matching.journal.WatermarkFile}.</li>
 * </ol>
 *
 * <h2>On disk</h2>
 * A journal directory holds {@code journal.lock} and segment files {@code journal-<first sequence, 20
 * digits>.seg}: a 24-byte header ({@link io.usdtcustody.matching.journal.SegmentFile}) and then frames of
 * {@code [int length][long sequence][int CRC32C][payload]} ({@link io.usdtcustody.matching.journal.RecordFrame}).
 * A snapshot directory holds {@code snapshot-<sequence, 20 digits>.snap} files
 * ({@link io.usdtcustody.matching.journal.SnapshotStore}). All integers are big-endian.
 *
 * <h2>What survives what</h2>
 * With {@link io.usdtcustody.matching.journal.Durability#FSYNC_PER_BATCH}, every record reported durable
 * survives a process kill, an OS crash and a power loss of the machine, as long as the device honours
 * flushes. It does not survive losing the volume itself (on ECS Fargate, task storage is ephemeral: the journal
 * must live on a volume that outlives the task, or be replicated, for a restart elsewhere to find it).
 */
package io.usdtcustody.matching.journal;
