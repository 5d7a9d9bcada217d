package io.usdtcustody.custody.policy;

import static io.usdtcustody.custody.policy.PolicyFixtures.NOW;
import static io.usdtcustody.custody.policy.PolicyFixtures.SANCTIONED;
import static io.usdtcustody.custody.policy.PolicyFixtures.TENANT;
import static io.usdtcustody.custody.policy.PolicyFixtures.earlier;
import static io.usdtcustody.custody.policy.PolicyFixtures.policy;
import static io.usdtcustody.custody.policy.PolicyFixtures.rule;
import static io.usdtcustody.custody.policy.PolicyFixtures.usdt;
import static io.usdtcustody.custody.policy.PolicyFixtures.usdtEth;
import static io.usdtcustody.custody.policy.PolicyFixtures.withdrawal;
import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.policy.port.WithdrawalUsageStore;
import io.usdtcustody.custody.withdrawal.PolicyDecision;
import io.usdtcustody.custody.withdrawal.PolicyDecision.Outcome;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rolling limits, velocity and usage recording, at the edges of their windows. */
class PolicyEngineUsageTest extends PolicyFixtures {
    private static final Duration DAY = Duration.ofHours(24);
    private static final String CUSTOMER_250 = rule("rolling-limit",
            "{\"scope\":\"CUSTOMER\",\"window\":\"PT24H\",\"limits\":" + usdt("250") + "}");
    private static final String TENANT_1000 = rule("rolling-limit",
            "{\"scope\":\"TENANT\",\"window\":\"PT24H\",\"limits\":" + usdt("1000") + "}");
    private static final String VELOCITY_3 = rule("velocity", "{\"window\":\"PT1H\",\"maxCount\":3}");

    private int recorded() {
        return usage.totals(TENANT, Optional.empty(), Instant.EPOCH, null).count();
    }

    @Test
    void evaluate_shouldPassUpToTheDailyLimit_andRejectOneMinorUnitMore() {
        usage.record(earlier("alice", usdtEth("200"), NOW.minus(Duration.ofHours(1))));
        PolicyEngine engine = engine(policy(CUSTOMER_250));

        assertThat(engine.evaluate(withdrawal("50.000001")).reasonCode()).isEqualTo(PolicyReasons.LIMIT_DAILY_CUSTOMER);
        assertThat(engine.evaluate(withdrawal("50")).outcome()).isEqualTo(Outcome.APPROVE);
    }

    @Test
    void evaluate_shouldNotCountUsage_whenItIsExactly24HoursOld() {
        usage.record(earlier("alice", usdtEth("200"), NOW.minus(DAY)));

        assertThat(engine(policy(CUSTOMER_250)).evaluate(withdrawal("100")).outcome()).isEqualTo(Outcome.APPROVE);
    }

    @Test
    void evaluate_shouldCountUsage_whenItIsOneNanosecondYoungerThan24Hours() {
        usage.record(earlier("alice", usdtEth("200"), NOW.minus(DAY).plusNanos(1)));

        assertThat(engine(policy(CUSTOMER_250)).evaluate(withdrawal("100")).reasonCode())
                .isEqualTo(PolicyReasons.LIMIT_DAILY_CUSTOMER);
    }

    @Test
    void evaluate_shouldCountUsdtOnEveryChain_whenSummingTheDailyLimit() {
        usage.record(earlier("alice", Amount.parse("200", Asset.USDT_TRON), NOW.minusSeconds(5)));
        usage.record(earlier("alice", Amount.parse("0.00000001", Asset.USDT_OMNI), NOW.minusSeconds(5)));

        // 200 + 0.000001 (Omni's 1e-8 rounded up to Ethereum's scale) + 50 > 250
        assertThat(engine(policy(CUSTOMER_250)).evaluate(withdrawal("50")).reasonCode())
                .isEqualTo(PolicyReasons.LIMIT_DAILY_CUSTOMER);
    }

    @Test
    void evaluate_shouldRejectForTheTenant_whenOtherCustomersUsedTheTenantLimit() {
        usage.record(earlier("bob", usdtEth("990"), NOW.minusSeconds(5)));
        PolicyEngine engine = engine(policy(CUSTOMER_250, TENANT_1000));

        PolicyDecision decision = engine.evaluate(withdrawal("20"));

        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.LIMIT_DAILY_TENANT);
        assertThat(usage.totals(TenantId.of("globex"), Optional.empty(), Instant.EPOCH, null).count()).isZero();
    }

    @Test
    void evaluate_shouldRejectForVelocity_whenTheCustomerAlreadyMadeMaxCountInTheWindow() {
        for (int i = 1; i <= 3; i++) {
            usage.record(earlier("alice", usdtEth("1"), NOW.minusSeconds(60L * i)));
        }
        usage.record(earlier("bob", usdtEth("1"), NOW.minusSeconds(1)));

        assertThat(engine(policy(VELOCITY_3)).evaluate(withdrawal("1")).reasonCode()).isEqualTo(PolicyReasons.VELOCITY);
    }

    @Test
    void evaluate_shouldPassVelocity_whenTheOldestIsExactlyOneWindowOld() {
        usage.record(earlier("alice", usdtEth("1"), NOW.minus(Duration.ofHours(1))));
        usage.record(earlier("alice", usdtEth("1"), NOW.minusSeconds(120)));
        usage.record(earlier("alice", usdtEth("1"), NOW.minusSeconds(60)));

        assertThat(engine(policy(VELOCITY_3)).evaluate(withdrawal("1")).outcome()).isEqualTo(Outcome.APPROVE);
    }

    @Test
    void evaluate_shouldRecordUsage_forApprovedAndHeldWithdrawals_butNotForRejectedOnes() {
        PolicyEngine engine = engine(policy(CUSTOMER_250,
                rule("approval-threshold", "{\"above\":" + usdt("100") + ",\"approvals\":2}")));

        engine.evaluate(withdrawal("10"));
        assertThat(engine.evaluate(withdrawal("150")).outcome()).isEqualTo(Outcome.REQUIRE_APPROVAL);
        engine.evaluate(withdrawal("alice", usdtEth("1"), SANCTIONED));
        engine.evaluate(withdrawal("100"));

        assertThat(recorded()).isEqualTo(2);
        assertThat(usage.totals(TENANT, Optional.of("alice"), Instant.EPOCH, null).totalIn(Asset.USDT_ETHEREUM))
                .isEqualTo(usdtEth("160"));
    }

    @Test
    void evaluate_shouldCountAWithdrawalOnce_whenItIsEvaluatedAgainAfterACrash() {
        PolicyEngine engine = engine(policy(CUSTOMER_250));
        Withdrawal w = withdrawal("200");

        assertThat(engine.evaluate(w).outcome()).isEqualTo(Outcome.APPROVE);
        assertThat(engine.evaluate(w).outcome()).isEqualTo(Outcome.APPROVE);

        assertThat(recorded()).isEqualTo(1);
        assertThat(audit.ofType("policy.decision")).hasSize(2);
    }

    @Test
    void evaluate_shouldRejectAndRelease_whenAConcurrentWithdrawalTookTheLimitBetweenCheckAndRecord() {
        Withdrawal racer = withdrawal("bob", usdtEth("900"), PolicyFixtures.CLEAN);
        WithdrawalUsageStore racing = new RacingUsageStore(racer);
        PolicyEngine engine = engine(policy(TENANT_1000), travelRuleCheck(), racing);

        PolicyDecision decision = engine.evaluate(withdrawal("200"));

        assertThat(decision.reasonCode()).isEqualTo(PolicyReasons.LIMIT_DAILY_TENANT);
        assertThat(usage.totals(TENANT, Optional.empty(), Instant.EPOCH, null))
                .satisfies(t -> assertThat(t.count()).isEqualTo(1))
                .satisfies(t -> assertThat(t.totalIn(Asset.USDT_ETHEREUM)).isEqualTo(usdtEth("900")));
    }

    /** Records a competing withdrawal just before the evaluated one, as a concurrent instance would. */
    private final class RacingUsageStore implements WithdrawalUsageStore {
        private final Withdrawal racer;

        RacingUsageStore(Withdrawal racer) {
            this.racer = racer;
        }

        @Override
        public boolean record(UsageRecord record) {
            usage.record(UsageRecord.of(racer));
            return usage.record(record);
        }

        @Override
        public void release(TenantId tenant, UUID withdrawalId) {
            usage.release(tenant, withdrawalId);
        }

        @Override
        public io.usdtcustody.custody.policy.UsageTotals totals(TenantId tenant, Optional<String> customerId,
                                                                 Instant after, UUID excluding) {
            return usage.totals(tenant, customerId, after, excluding);
        }
    }
}
