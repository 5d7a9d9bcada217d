package io.usdtcustody.custody.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.audit.AuditVerification.BrokenLink;
import io.usdtcustody.custody.audit.AuditVerification.Problem;
import io.usdtcustody.custody.audit.adapter.InMemoryAuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditVerifierTest {
    private static final int LENGTH = 10;

    private final AuditVerifier verifier = new AuditVerifier();
    private List<AuditEntry> chain;

    @BeforeEach
    void given_aChainOfTenEntries() {
        InMemoryAuditLog log = new InMemoryAuditLog(Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < LENGTH; i++) {
            log.append(new AuditRecord("signature.created", "acme", "wd-" + i, Map.of("key", "hot-1", "n", "" + i)));
        }
        chain = log.entries();
    }

    @Test
    void verify_shouldReportOkAndCount_whenChainIsIntact() {
        AuditVerification result = verifier.verify(ListAuditTrail.of(chain));

        assertThat(result.ok()).isTrue();
        assertThat(result.entries()).isEqualTo(LENGTH);
    }

    @Test
    void verify_shouldReportOkAndZero_whenNothingWasAppended() {
        AuditVerification result = verifier.verify(ListAuditTrail.of(List.of()));

        assertThat(result.ok()).isTrue();
        assertThat(result.entries()).isZero();
    }

    @Test
    void verify_shouldNameHashMismatch_whenDetailIsTampered() {
        ListAuditTrail trail = ListAuditTrail.of(chain).replace(4, e -> withDetail(e, "key", "cold-1"));

        assertBroken(trail, 4, Problem.HASH_MISMATCH, 4);
    }

    @Test
    void verify_shouldNameHashMismatch_whenStoredHashIsChanged() {
        ListAuditTrail trail = ListAuditTrail.of(chain).replace(6,
                e -> new AuditEntry(e.sequence(), e.at(), e.previousHash(), "f".repeat(64), e.record()));

        assertBroken(trail, 6, Problem.HASH_MISMATCH, 6);
    }

    @Test
    void verify_shouldNameNextEntry_whenTamperedEntryWasRehashed() {
        ListAuditTrail trail = ListAuditTrail.of(chain).replace(6, e -> rehashed(withDetail(e, "key", "cold-1")));

        assertBroken(trail, 7, Problem.PREVIOUS_HASH_MISMATCH, 7);
    }

    @Test
    void verify_shouldNameHeadMismatch_whenLastEntryWasTamperedAndRehashed() {
        ListAuditTrail trail = ListAuditTrail.of(chain)
                .replace(LENGTH - 1, e -> rehashed(withDetail(e, "key", "cold-1")))
                .head(Optional.of(AuditHead.of(chain.get(LENGTH - 1))));

        assertBroken(trail, LENGTH - 1, Problem.HEAD_MISMATCH, LENGTH - 1);
    }

    @Test
    void verify_shouldNameGap_whenEntryIsDeleted() {
        ListAuditTrail trail = ListAuditTrail.of(chain).remove(3);

        assertBroken(trail, 3, Problem.GAP, 3);
    }

    @Test
    void verify_shouldNameGap_whenNewestEntryIsDeleted() {
        ListAuditTrail trail = ListAuditTrail.of(chain).remove(LENGTH - 1)
                .head(Optional.of(AuditHead.of(chain.get(LENGTH - 1))));

        assertBroken(trail, LENGTH - 1, Problem.GAP, LENGTH - 1);
    }

    @Test
    void verify_shouldNameFirstDisplacedSequence_whenEntriesAreReordered() {
        ListAuditTrail trail = ListAuditTrail.of(chain).swap(3, 4);

        assertBroken(trail, 3, Problem.GAP, 3);
    }

    @Test
    void verify_shouldNamePreviousHashMismatch_whenRecordsAreReorderedUnderTheirSequences() {
        AuditEntry third = chain.get(3);
        AuditEntry fourth = chain.get(4);
        ListAuditTrail trail = ListAuditTrail.of(chain)
                .replace(3, e -> new AuditEntry(3, fourth.at(), fourth.previousHash(), fourth.hash(), fourth.record()))
                .replace(4, e -> new AuditEntry(4, third.at(), third.previousHash(), third.hash(), third.record()));

        assertBroken(trail, 3, Problem.PREVIOUS_HASH_MISMATCH, 3);
    }

    @Test
    void verify_shouldNameOutOfOrder_whenEntryIsDuplicated() {
        ListAuditTrail trail = ListAuditTrail.of(chain);
        trail.insert(5, trail.get(4));

        assertBroken(trail, 4, Problem.OUT_OF_ORDER, 5);
    }

    @Test
    void verify_shouldNamePreviousHashMismatch_whenFirstEntryDoesNotStartFromGenesis() {
        ListAuditTrail trail = ListAuditTrail.of(chain).replace(0,
                e -> rehashed(new AuditEntry(0, e.at(), "1".repeat(64), e.hash(), e.record())));

        assertBroken(trail, 0, Problem.PREVIOUS_HASH_MISMATCH, 0);
    }

    @Test
    void verify_shouldNameUnreadable_whenStoredEntryCannotBeDecoded() {
        ListAuditTrail trail = ListAuditTrail.of(chain).unreadableAt(2);

        assertBroken(trail, 2, Problem.UNREADABLE, 2);
    }

    @Test
    void verify_shouldNameHeadMismatch_whenHeadIsMissingButEntriesExist() {
        ListAuditTrail trail = ListAuditTrail.of(chain).head(Optional.empty());

        assertBroken(trail, LENGTH - 1, Problem.HEAD_MISMATCH, LENGTH);
    }

    @Test
    void verify_shouldIgnoreEntriesAfterHead_whenAppendedWhileVerifying() {
        ListAuditTrail trail = ListAuditTrail.of(chain).head(Optional.of(AuditHead.of(chain.get(5))));

        AuditVerification result = verifier.verify(trail);

        assertThat(result.ok()).isTrue();
        assertThat(result.entries()).isEqualTo(6);
    }

    private void assertBroken(AuditTrail trail, long sequence, Problem problem, long intactEntries) {
        AuditVerification result = verifier.verify(trail);

        assertThat(result.ok()).isFalse();
        BrokenLink link = result.firstBrokenLink().orElseThrow();
        assertThat(link.sequence()).isEqualTo(sequence);
        assertThat(link.problem()).isEqualTo(problem);
        assertThat(link.describe()).startsWith(problem.label() + ": ");
        assertThat(result.entries()).isEqualTo(intactEntries);
    }

    private static AuditEntry withDetail(AuditEntry entry, String key, String value) {
        Map<String, String> details = new HashMap<>(entry.record().details());
        details.put(key, value);
        AuditRecord record = new AuditRecord(entry.record().type(), entry.record().tenant(), entry.record().subject(),
                details);
        return new AuditEntry(entry.sequence(), entry.at(), entry.previousHash(), entry.hash(), record);
    }

    private static AuditEntry rehashed(AuditEntry entry) {
        return new AuditEntry(entry.sequence(), entry.at(), entry.previousHash(), AuditHashChain.recompute(entry),
                entry.record());
    }
}
