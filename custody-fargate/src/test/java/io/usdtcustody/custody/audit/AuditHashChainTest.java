package io.usdtcustody.custody.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditHashChainTest {
    private static final Instant AT = Instant.parse("2025-03-01T12:00:00.123456789Z");
    private static final AuditRecord RECORD = new AuditRecord("policy.decision", "acme", "wd-42",
            Map.of("outcome", "approve", "limit", "daily"));
    /** SHA-256 of the layout below, computed by an independent (Python) encoder of the documented format. */
    private static final String PINNED_HASH = "7a24883454031c9fe2ac5f70dcc53c385fa50f690889dd9535e92d8fa18a1c0c";

    @Test
    void canonicalBytes_shouldFollowDocumentedLayout_whenEncodingEntry() throws IOException {
        byte[] bytes = AuditHashChain.canonicalBytes(7, AT, "ab".repeat(32), RECORD);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(expected);
        text(out, "usdt-custody/audit-entry/v1");
        out.writeLong(7);
        out.writeLong(AT.getEpochSecond());
        out.writeInt(123_456_789);
        text(out, "ab".repeat(32));
        text(out, "policy.decision");
        text(out, "acme");
        text(out, "wd-42");
        out.writeInt(2);
        text(out, "limit");
        text(out, "daily");
        text(out, "outcome");
        text(out, "approve");
        assertThat(bytes).isEqualTo(expected.toByteArray());
    }

    @Test
    void hash_shouldStayPinned_whenFormatIsUnchanged() {
        // A change here means every stored chain stops verifying: bump the domain tag's version instead.
        assertThat(AuditHashChain.hash(7, AT, "ab".repeat(32), RECORD)).isEqualTo(PINNED_HASH);
    }

    @Test
    void canonicalBytes_shouldNotDependOnMapOrder_whenDetailsAreEqual() {
        Map<String, String> insertion = new LinkedHashMap<>();
        insertion.put("z", "1");
        insertion.put("a", "2");
        Map<String, String> hashed = new HashMap<>(Map.of("a", "2", "z", "1"));

        assertThat(AuditHashChain.canonicalBytes(0, AT, AuditHashChain.GENESIS_PREVIOUS_HASH, record(insertion)))
                .isEqualTo(AuditHashChain.canonicalBytes(0, AT, AuditHashChain.GENESIS_PREVIOUS_HASH, record(hashed)));
    }

    @Test
    void canonicalBytes_shouldDiffer_whenTextMovesAcrossFieldBoundaries() {
        byte[] tenantAb = bytes(new AuditRecord("policy.decision", "ab", "c", Map.of()));
        byte[] tenantA = bytes(new AuditRecord("policy.decision", "a", "bc", Map.of()));
        byte[] detailAb = bytes(record(Map.of("ab", "c")));
        byte[] detailA = bytes(record(Map.of("a", "bc")));

        assertThat(tenantAb).isNotEqualTo(tenantA);
        assertThat(detailAb).isNotEqualTo(detailA);
    }

    @Test
    void hash_shouldChange_whenOnlyNanosecondsDiffer() {
        String base = AuditHashChain.hash(1, AT, AuditHashChain.GENESIS_PREVIOUS_HASH, RECORD);

        assertThat(AuditHashChain.hash(1, AT.plusNanos(1), AuditHashChain.GENESIS_PREVIOUS_HASH, RECORD))
                .isNotEqualTo(base);
    }

    @Test
    void canonicalBytes_shouldRefuse_whenTextIsNotWellFormedUnicode() {
        AuditRecord lonelySurrogate = new AuditRecord("policy.decision", "acme", "wd-\uD800", Map.of());

        assertThatThrownBy(() -> bytes(lonelySurrogate)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("well-formed");
    }

    @Test
    void next_shouldStartFromGenesis_whenChainIsEmpty() {
        AuditEntry first = AuditHashChain.next(null, AT, RECORD);

        assertThat(first.sequence()).isZero();
        assertThat(first.previousHash()).isEqualTo("0".repeat(64));
        assertThat(first.hash()).isEqualTo(AuditHashChain.hash(0, AT, "0".repeat(64), RECORD));
    }

    @Test
    void next_shouldLinkToHead_whenChainHasEntries() {
        AuditEntry first = AuditHashChain.next(null, AT, RECORD);

        AuditEntry second = AuditHashChain.next(AuditHead.of(first), AT.plusSeconds(1), RECORD);

        assertThat(second.sequence()).isEqualTo(1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(AuditHashChain.recompute(second)).isEqualTo(second.hash());
    }

    @Test
    void next_shouldRefuse_whenRecordIsTooLargeForOneItem() {
        AuditRecord huge = record(Map.of("blob", "x".repeat(AuditHashChain.MAX_CANONICAL_BYTES)));

        assertThatThrownBy(() -> AuditHashChain.next(null, AT, huge)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AuditRecord record(Map<String, String> details) {
        return new AuditRecord("approval.recorded", "acme", "wd-1", details);
    }

    private static byte[] bytes(AuditRecord record) {
        return AuditHashChain.canonicalBytes(0, AT, AuditHashChain.GENESIS_PREVIOUS_HASH, record);
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
