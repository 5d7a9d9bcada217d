package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.deposit.TokenTransfer;
import io.usdtcustody.custody.deposit.port.DepositFollowUp;
import io.usdtcustody.custody.sweep.port.SweepStore;
import java.time.Clock;

/**
 * The deposit watcher's follow-up when custody sweeps: a credited deposit makes its address a sweep candidate;
 * a quarantined one freezes the address, so tokens from a sanctioned source are never moved by the sweeper
 * (compliance decides what happens to them, and to anything else on that address).
 */
public final class SweepFollowUp implements DepositFollowUp {
    private final SweepStore store;
    private final Clock clock;

    public SweepFollowUp(SweepStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void credited(DepositAddress owner, TokenTransfer transfer) {
        store.recordCredit(owner, clock.instant());
    }

    @Override
    public void quarantined(DepositAddress owner, TokenTransfer transfer) {
        store.freeze(owner);
    }
}
