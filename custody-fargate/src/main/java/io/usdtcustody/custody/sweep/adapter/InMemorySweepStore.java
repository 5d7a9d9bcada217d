package io.usdtcustody.custody.sweep.adapter;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.sweep.Sweep;
import io.usdtcustody.custody.sweep.SweepCandidate;
import io.usdtcustody.custody.sweep.SweepState;
import io.usdtcustody.custody.sweep.port.SweepStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sweeps and candidates in memory, for unit tests: the same rules as the DynamoDB adapter (one active sweep per
 * address, claims conditional on the candidate as read, version-checked transitions), one lock for all.
 */
public final class InMemorySweepStore implements SweepStore {
    /** A candidate and, while it is due, the time it is due at. */
    private record Entry(SweepCandidate candidate, Instant dueAt) {
    }

    private final Map<String, Entry> candidates = new HashMap<>();
    private final Map<UUID, Sweep> sweeps = new HashMap<>();

    @Override
    public synchronized void recordCredit(DepositAddress owner, Instant now) {
        SweepCandidate old = current(owner);
        SweepCandidate next = new SweepCandidate(owner, old.creditSeq() + 1, old.sweptSeq(), old.activeSweep(),
                old.frozen());
        Entry entry = candidates.get(key(owner));
        boolean free = next.activeSweep().isEmpty() && !next.frozen();
        candidates.put(key(owner), new Entry(next, free ? now : entry == null ? null : entry.dueAt()));
    }

    @Override
    public synchronized void freeze(DepositAddress owner) {
        SweepCandidate old = current(owner);
        candidates.put(key(owner), new Entry(new SweepCandidate(owner, old.creditSeq(), old.sweptSeq(),
                old.activeSweep(), true), null));
    }

    @Override
    public synchronized List<SweepCandidate> due(Instant now, int limit) {
        return candidates.values().stream().filter(e -> e.dueAt() != null && !e.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Entry::dueAt)).limit(limit).map(Entry::candidate).toList();
    }

    @Override
    public synchronized Optional<SweepCandidate> candidate(DepositAddress owner) {
        return Optional.ofNullable(candidates.get(key(owner))).map(Entry::candidate);
    }

    @Override
    public synchronized void postpone(SweepCandidate candidate, Instant until) {
        Entry entry = candidates.get(key(candidate.owner()));
        if (entry != null && entry.dueAt() != null && entry.candidate().creditSeq() == candidate.creditSeq()) {
            candidates.put(key(candidate.owner()), new Entry(entry.candidate(), until));
        }
    }

    @Override
    public synchronized void retire(SweepCandidate candidate) {
        Entry entry = candidates.get(key(candidate.owner()));
        if (entry != null && entry.candidate().creditSeq() == candidate.creditSeq()) {
            candidates.put(key(candidate.owner()), new Entry(entry.candidate(), null));
        }
    }

    @Override
    public synchronized boolean start(Sweep sweep, SweepCandidate candidate) {
        SweepCandidate stored = current(candidate.owner());
        if (stored.activeSweep().isPresent() || stored.frozen() || stored.creditSeq() != candidate.creditSeq()
                || sweeps.containsKey(sweep.id())) {
            return false;
        }
        sweeps.put(sweep.id(), sweep);
        candidates.put(key(candidate.owner()), new Entry(new SweepCandidate(stored.owner(), stored.creditSeq(),
                stored.creditSeq(), Optional.of(sweep.id()), false), null));
        return true;
    }

    @Override
    public synchronized void release(Sweep sweep, Instant now) {
        SweepCandidate stored = current(sweep.address());
        Entry entry = candidates.get(key(sweep.address()));
        if (stored.activeSweep().equals(Optional.of(sweep.id()))) {
            stored = new SweepCandidate(stored.owner(), stored.creditSeq(), stored.sweptSeq(), Optional.empty(),
                    stored.frozen());
        }
        Instant dueAt = stored.due() ? now : entry == null ? null : entry.dueAt();
        candidates.put(key(sweep.address()), new Entry(stored, dueAt));
    }

    @Override
    public synchronized Optional<Sweep> find(UUID id) {
        return Optional.ofNullable(sweeps.get(id));
    }

    @Override
    public synchronized List<Sweep> inState(SweepState state, int limit) {
        return sweeps.values().stream().filter(s -> s.state() == state && !state.terminal())
                .sorted(Comparator.comparing(Sweep::createdAt)).limit(limit).toList();
    }

    @Override
    public synchronized boolean transition(Sweep current, Sweep next) {
        if (!current.id().equals(next.id()) || next.version() != current.version() + 1) {
            throw new IllegalArgumentException("a transition moves one sweep one version on");
        }
        Sweep stored = sweeps.get(current.id());
        if (stored == null || stored.version() != current.version()) {
            return false;
        }
        sweeps.put(next.id(), next);
        return true;
    }

    private SweepCandidate current(DepositAddress owner) {
        Entry entry = candidates.get(key(owner));
        return entry != null ? entry.candidate() : new SweepCandidate(owner, 0, 0, Optional.empty(), false);
    }

    private static String key(DepositAddress owner) {
        return owner.chain() + "#" + owner.address();
    }
}
