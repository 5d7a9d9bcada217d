package io.usdtcustody.custody.deposit;

import io.usdtcustody.custody.events.OutboxEvent;
import io.usdtcustody.custody.ledger.AccountId;
import io.usdtcustody.custody.ledger.JournalEntry;
import io.usdtcustody.custody.ledger.TransferReceipt;
import io.usdtcustody.custody.ledger.TransferRequest;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A real ledger that "crashes" before the transfer after the first {@code transfersBeforeCrash}. */
final class FailingLedger implements Ledger {
    private final Ledger delegate;
    private int transfersLeft;

    FailingLedger(Ledger delegate, int transfersBeforeCrash) {
        this.delegate = delegate;
        this.transfersLeft = transfersBeforeCrash;
    }

    @Override
    public void open(AccountId account) {
        delegate.open(account);
    }

    @Override
    public TransferReceipt transfer(TenantId tenant, TransferRequest request, List<OutboxEvent> alsoPublish) {
        if (transfersLeft-- <= 0) {
            throw new IllegalStateException("simulated crash in the middle of a poll");
        }
        return delegate.transfer(tenant, request, alsoPublish);
    }

    @Override
    public Optional<Amount> balance(TenantId tenant, AccountId account) {
        return delegate.balance(tenant, account);
    }

    @Override
    public Optional<TransferReceipt> transfer(TenantId tenant, UUID transferId) {
        return delegate.transfer(tenant, transferId);
    }

    @Override
    public List<JournalEntry> journal(TenantId tenant, AccountId account, Instant from, Instant to, int limit) {
        return delegate.journal(tenant, account, from, to, limit);
    }

    @Override
    public Map<Asset, Long> trialBalance() {
        return delegate.trialBalance();
    }
}
