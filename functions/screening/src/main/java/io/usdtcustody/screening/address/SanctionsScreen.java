package io.usdtcustody.screening.address;

import io.usdtcustody.model.money.Chain;
import java.util.Optional;

/**
 * Screens an on-chain address against sanctions lists. The deposit watcher screens the source of every
 * deposit with it; the policy engine screens withdrawal destinations. Implementations are thread-safe.
 */
public interface SanctionsScreen {

    /** The hit when {@code address} is sanctioned on {@code chain}; empty when it is not on any list. */
    Optional<SanctionsHit> screen(Chain chain, String address);
}
