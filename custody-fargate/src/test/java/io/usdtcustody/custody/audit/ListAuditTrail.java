package io.usdtcustody.custody.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A stored chain that tests can damage at will: entries in list order, a head, and unreadable positions. */
final class ListAuditTrail implements AuditTrail {
    private final List<AuditEntry> entries;
    private Optional<AuditHead> head;
    private long unreadableSequence = -1;

    ListAuditTrail(List<AuditEntry> entries, Optional<AuditHead> head) {
        this.entries = new ArrayList<>(entries);
        this.head = head;
    }

    static ListAuditTrail of(List<AuditEntry> entries) {
        return new ListAuditTrail(entries, entries.isEmpty() ? Optional.empty()
                : Optional.of(AuditHead.of(entries.get(entries.size() - 1))));
    }

    ListAuditTrail replace(int position, UnaryOperator<AuditEntry> change) {
        entries.set(position, change.apply(entries.get(position)));
        return this;
    }

    ListAuditTrail remove(int position) {
        entries.remove(position);
        return this;
    }

    ListAuditTrail swap(int first, int second) {
        AuditEntry kept = entries.get(first);
        entries.set(first, entries.get(second));
        entries.set(second, kept);
        return this;
    }

    ListAuditTrail insert(int position, AuditEntry entry) {
        entries.add(position, entry);
        return this;
    }

    ListAuditTrail head(Optional<AuditHead> newHead) {
        head = newHead;
        return this;
    }

    ListAuditTrail unreadableAt(long sequence) {
        unreadableSequence = sequence;
        return this;
    }

    AuditEntry get(int position) {
        return entries.get(position);
    }

    @Override
    public Optional<AuditHead> head() {
        return head;
    }

    @Override
    public Stream<AuditEntry> entries(long throughSequence) {
        return entries.stream().filter(e -> e.sequence() <= throughSequence).map(e -> {
            if (e.sequence() == unreadableSequence) {
                throw new UnreadableAuditEntryException(e.sequence(), "attribute 'type' is missing");
            }
            return e;
        });
    }
}
