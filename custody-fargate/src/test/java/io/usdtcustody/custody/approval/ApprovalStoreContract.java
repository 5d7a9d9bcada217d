package io.usdtcustody.custody.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.custody.approval.port.ApprovalStore.Recorded;
import io.usdtcustody.custody.approval.port.ApproverRegistry;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApprovalStore} and {@link ApproverRegistry} guarantee; run against the fakes and DynamoDB. */
abstract class ApprovalStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private ApprovalStore store;
    private ApproverRegistry registry;
    private TenantId tenant;
    private UUID withdrawalId;

    protected abstract ApprovalStore newStore();

    protected abstract ApproverRegistry newRegistry();

    @BeforeEach
    void fresh() {
        store = newStore();
        registry = newRegistry();
        tenant = TenantId.of("t" + UUID.randomUUID().toString().substring(0, 8));
        withdrawalId = UUID.randomUUID();
    }

    @Test
    void requireOnce_shouldKeepTheFirstRequirement() {
        ApprovalRequirement first = new ApprovalRequirement(tenant, withdrawalId, 2, "2026-11-25.1", T0);

        assertThat(store.requireOnce(first)).isEqualTo(first);
        assertThat(store.requireOnce(new ApprovalRequirement(tenant, withdrawalId, 3, "2026-12-01.1", T0.plusSeconds(9))))
                .isEqualTo(first);
        assertThat(store.requirement(tenant, withdrawalId)).contains(first);
        assertThat(store.requirement(TenantId.of("other"), withdrawalId)).isEmpty();
    }

    @Test
    void record_shouldCountEachApproverOnce() {
        assertThat(store.record(tenant, withdrawalId, new Approval("carol", "c2lnMQ==", T0))).isEqualTo(Recorded.NEW);
        assertThat(store.record(tenant, withdrawalId, new Approval("carol", "c2lnMQ==", T0.plusSeconds(1))))
                .isEqualTo(Recorded.REPLAY);
        assertThat(store.record(tenant, withdrawalId, new Approval("carol", "c2lnMg==", T0))).isEqualTo(Recorded.DUPLICATE_APPROVER);
        assertThat(store.record(tenant, withdrawalId, new Approval("dave", "c2lnMw==", T0))).isEqualTo(Recorded.NEW);

        assertThat(store.approvals(tenant, withdrawalId)).extracting(Approval::approverId).containsExactly("carol", "dave");
        assertThat(store.approvals(tenant, withdrawalId).get(0)).isEqualTo(new Approval("carol", "c2lnMQ==", T0));
        assertThat(store.approvals(tenant, UUID.randomUUID())).isEmpty();
    }

    @Test
    void register_shouldBeWriteOncePerApprover_andScopedByTenant() {
        String key = ApproverKeys.generate().publicKey();
        Approver carol = new Approver(tenant, "carol", key, T0);

        assertThat(registry.register(carol)).isEqualTo(new ApproverRegistry.Registered(carol, false, true));
        ApproverRegistry.Registered other = registry.register(new Approver(tenant, "carol",
                ApproverKeys.generate().publicKey(), T0.plusSeconds(1)));

        assertThat(other.existed()).isTrue();
        assertThat(other.sameKey()).isFalse();
        assertThat(registry.find(tenant, "carol")).contains(carol);
        assertThat(registry.find(TenantId.of("other"), "carol")).isEmpty();
    }
}
