package io.usdtcustody.custody.approval;

import io.usdtcustody.custody.approval.adapter.InMemoryApprovalStore;
import io.usdtcustody.custody.approval.adapter.InMemoryApproverRegistry;
import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.custody.approval.port.ApproverRegistry;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.AccountPurpose;
import io.usdtcustody.custody.ledger.LedgerEvents;
import io.usdtcustody.custody.ledger.TransferKind;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.adapter.InMemoryLedger;
import io.usdtcustody.custody.policy.RecordingAuditLog;
import io.usdtcustody.custody.withdrawal.PolicyDecision;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.custody.withdrawal.WithdrawalEvents;
import io.usdtcustody.custody.withdrawal.WithdrawalRequest;
import io.usdtcustody.custody.withdrawal.WithdrawalService;
import io.usdtcustody.custody.withdrawal.WithdrawalState;
import io.usdtcustody.custody.withdrawal.adapter.InMemoryWithdrawalStore;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.ids.UuidV7Generator;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The withdrawal lifecycle in memory with a policy that holds every withdrawal for {@code M} approvals under
 * {@link #VERSION}, wrapped by {@link ApprovalRequirementPolicy}; alice (the initiator) holds 1,000,000 USDT.
 */
class ApprovalFixtures {
    static final TenantId TENANT = TenantId.of("acme");
    static final String VERSION = "2026-11-25.1";
    static final String DESTINATION = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    static final Asset USDT = Asset.USDT_ETHEREUM;

    final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    final JsonCodec codec = new JsonCodec();
    final InMemoryLedger ledger = new InMemoryLedger(clock, new LedgerEvents(codec));
    final InMemoryWithdrawalStore withdrawalStore = new InMemoryWithdrawalStore();
    final RecordingAuditLog audit = new RecordingAuditLog();
    final AtomicInteger requiredApprovals = new AtomicInteger(2);
    private final AtomicInteger keys = new AtomicInteger();
    final ApprovalStore approvalStore;
    final ApproverRegistry registry;
    final WithdrawalService withdrawals;
    final ApprovalService service;

    ApprovalFixtures() {
        this(new InMemoryApprovalStore(), new InMemoryApproverRegistry());
    }

    ApprovalFixtures(ApprovalStore approvalStore, ApproverRegistry registry) {
        this.approvalStore = approvalStore;
        this.registry = registry;
        AccountId mirror = AccountId.platform(TENANT, USDT, AccountPurpose.CHAIN_MIRROR);
        AccountId funding = AccountId.customer(TENANT, "alice", USDT, AccountPurpose.FUNDING);
        ledger.open(mirror);
        ledger.open(funding);
        ledger.transfer(TENANT, new TransferRequest(UUID.randomUUID(), mirror, funding, Amount.parse("1000000", USDT),
                TransferKind.DEPOSIT, "seed"));
        var policy = new ApprovalRequirementPolicy(w -> PolicyDecision.requireApproval(requiredApprovals.get(),
                "held for test", VERSION), approvalStore, clock);
        withdrawals = new WithdrawalService(withdrawalStore, ledger, policy, new WithdrawalEvents(codec),
                new UuidV7Generator(clock, new SecureRandom()), clock);
        service = new ApprovalService(withdrawals, approvalStore, registry, audit, clock);
    }

    /** A held withdrawal of {@code amount} USDT requested by alice. */
    Withdrawal held(String amount) {
        return withdrawals.request(TENANT, "key-" + keys.incrementAndGet(),
                new WithdrawalRequest("alice", Amount.parse(amount, USDT), DESTINATION)).withdrawal();
    }

    ApproverKeys registered(String approverId) {
        ApproverKeys approver = ApproverKeys.generate();
        service.register(TENANT, approverId, approver.publicKey());
        return approver;
    }

    /** The approver's signature over the withdrawal under the policy version it was held with. */
    static byte[] signed(ApproverKeys approver, Withdrawal w) {
        return approver.sign(ApprovalMessage.bytes(w, VERSION));
    }

    long transitionsInto(WithdrawalState state) {
        return withdrawalStore.published().stream()
                .filter(e -> state.name().equals(e.envelope().payload().get("toState").asText())).count();
    }
}
