package io.usdtcustody.custody.policy.rule;

import io.usdtcustody.custody.policy.UsageTotals;
import io.usdtcustody.custody.policy.WhitelistEntry;
import io.usdtcustody.custody.policy.port.TravelRuleCheck;
import io.usdtcustody.custody.policy.port.WhitelistStore;
import io.usdtcustody.custody.policy.port.WithdrawalUsageStore;
import io.usdtcustody.screening.address.SanctionsHit;
import io.usdtcustody.screening.address.SanctionsScreen;
import io.usdtcustody.custody.withdrawal.Withdrawal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything rules may look at for one evaluation: the withdrawal, the instant of evaluation (one reading of the
 * clock for all rules) and read-only views of the screens and stores. Usage sums are memoised per window, so two
 * rules over the same window cost one query.
 */
public final class RuleContext {
    private final Withdrawal withdrawal;
    private final Instant now;
    private final SanctionsScreen sanctions;
    private final WhitelistStore whitelist;
    private final WithdrawalUsageStore usage;
    private final TravelRuleCheck travelRule;
    private final Map<String, UsageTotals> totals = new HashMap<>();

    public RuleContext(Withdrawal withdrawal, Instant now, SanctionsScreen sanctions, WhitelistStore whitelist,
                       WithdrawalUsageStore usage, TravelRuleCheck travelRule) {
        this.withdrawal = Objects.requireNonNull(withdrawal, "withdrawal");
        this.now = Objects.requireNonNull(now, "now");
        this.sanctions = sanctions;
        this.whitelist = whitelist;
        this.usage = usage;
        this.travelRule = travelRule;
    }

    public Withdrawal withdrawal() {
        return withdrawal;
    }

    public Instant now() {
        return now;
    }

    /**
     * Screens the token transfer's recipient. For ERC-20 and TRC-20 withdrawals the transaction's {@code to} is
     * the USDT contract and the beneficiary is the {@code transfer(recipient, amount)} argument; that recipient is
     * the withdrawal's destination, so it — not the transaction's {@code to} — is what is screened.
     */
    public Optional<SanctionsHit> screenTokenRecipient() {
        return sanctions.screen(withdrawal.request().amount().asset().chain(), withdrawal.request().destination());
    }

    public Optional<WhitelistEntry> whitelistEntry() {
        var request = withdrawal.request();
        return whitelist.find(withdrawal.tenant(), request.customerId(), request.amount().asset().chain(),
                request.destination());
    }

    /** Usage in {@code (now - window, now]} for the customer or the whole tenant, without this withdrawal. */
    public UsageTotals usage(boolean wholeTenant, Duration window) {
        String key = (wholeTenant ? "T" : "C") + window;
        return totals.computeIfAbsent(key, k -> usage.totals(withdrawal.tenant(),
                wholeTenant ? Optional.empty() : Optional.of(withdrawal.request().customerId()),
                now.minus(window), withdrawal.id()));
    }

    public TravelRuleCheck.Status travelRule() {
        return travelRule.check(withdrawal);
    }
}
