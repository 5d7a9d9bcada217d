package io.usdtcustody.custody.deposit.travelrule;

import io.usdtcustody.custody.deposit.EvmHex;
import io.usdtcustody.model.address.AddressValidator;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import io.usdtcustody.model.travelrule.ivms101.IdentityPayload;
import java.time.Instant;
import java.util.Objects;

/**
 * The Travel Rule data an originating VASP sent (directly or through the tenant) for one incoming transfer: the
 * IVMS101 payload, keyed by the transfer's chain, transaction hash and destination (one of the tenant's deposit
 * addresses, EIP-55), and the log index when the sender knows it ({@code null}: any log of that transaction to
 * that address). It may arrive before or after the transfer itself. Holds personal data: stored, never logged.
 */
public record ReceivedTravelRule(TenantId tenant, Chain chain, String txHash, Long logIndex, String destinationAddress,
                                 IdentityPayload payload, Instant receivedAt) {
    public ReceivedTravelRule {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (chain != Chain.ETHEREUM) {
            throw new IllegalArgumentException("incoming transfers are watched on ETHEREUM only");
        }
        txHash = EvmHex.hash(txHash, "txHash");
        destinationAddress = AddressValidator.requireValid(chain, destinationAddress);
        if (logIndex != null && logIndex < 0) {
            throw new IllegalArgumentException("logIndex is never negative");
        }
    }

    /** Whether this data is about the log {@code logIndex} of its transaction, paid to {@code address} (EIP-55). */
    public boolean covers(long logIndex, String address) {
        return destinationAddress.equals(address) && (this.logIndex == null || this.logIndex == logIndex);
    }
}
