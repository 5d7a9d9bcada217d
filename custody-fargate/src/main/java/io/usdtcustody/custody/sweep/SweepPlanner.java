package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.audit.AuditRecord;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.sweep.port.SweepChain;
import io.usdtcustody.custody.sweep.port.SweepStore;
import io.usdtcustody.model.ids.IdGenerator;
import io.usdtcustody.model.money.Chain;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns due candidates into sweeps: an address custody can sweep (it holds the account's seed) whose token
 * balance reached the minimum gets a sweep of its whole balance, recorded atomically with the claim on the
 * address; a smaller balance waits for more deposits (or the re-check time); an empty one, or one custody has no
 * key for, leaves the due list. The amount is read from the chain here and never again, so the sweep's
 * transaction is the same after any crash.
 */
public final class SweepPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(SweepPlanner.class);

    private final SweepSettings settings;
    private final SweepStore store;
    private final SweepChain chain;
    private final DepositKeys keys;
    private final AuditLog audit;
    private final IdGenerator ids;
    private final Clock clock;

    public SweepPlanner(SweepSettings settings, SweepStore store, SweepChain chain, DepositKeys keys, AuditLog audit,
                        IdGenerator ids, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.chain = chain;
        this.keys = keys;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** One pass over the due candidates; returns how many sweeps it started. */
    public int planOnce() {
        Instant now = clock.instant();
        int started = 0;
        for (SweepCandidate candidate : store.due(now, settings.batch())) {
            started += plan(candidate, now) ? 1 : 0;
        }
        return started;
    }

    private boolean plan(SweepCandidate candidate, Instant now) {
        var owner = candidate.owner();
        if (!candidate.due() || owner.chain() != Chain.ETHEREUM) {
            store.retire(candidate);
            return false;
        }
        if (!keys.sweepable(owner.tenant(), owner.chain())) {
            LOG.warn("deposit address {} of tenant {} derives from an xpub the tenant registered; custody cannot "
                    + "sweep it", owner.address(), owner.tenant());
            store.retire(candidate);
            return false;
        }
        BigInteger balance = chain.tokenBalance(owner.address());
        if (balance.signum() == 0) {
            store.retire(candidate); // an earlier sweep already took these credits along
            return false;
        }
        if (balance.compareTo(settings.minimumUnits()) < 0) {
            store.postpone(candidate, now.plus(settings.recheckAfter()));
            return false;
        }
        Sweep sweep = Sweep.start(ids.nextId(), owner, balance, now);
        if (!store.start(sweep, candidate)) {
            return false; // another sweeper started one, or a credit arrived: the next pass decides again
        }
        audit.append(new AuditRecord("sweep.started", owner.tenant().value(), sweep.id().toString(), Map.of(
                "address", owner.address(), "chain", owner.chain().name(), "amount", balance.toString())));
        LOG.info("sweep {} of {} token units started for deposit address {}", sweep.id(), balance, owner.address());
        return true;
    }
}
