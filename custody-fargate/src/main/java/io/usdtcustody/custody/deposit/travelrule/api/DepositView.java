package io.usdtcustody.custody.deposit.travelrule.api;

import io.usdtcustody.custody.deposit.travelrule.HeldDeposit;

/**
 * A deposit as the API shows it. {@code state}: {@code CREDITED}, {@code QUARANTINED} (sanctioned source), or for
 * deposits the Travel Rule held: {@code HELD}, {@code RELEASED} (credited after data or review), {@code REJECTED}
 * (to be returned). {@code reason} is the hold's stable code ({@code TRAVEL_RULE_DATA_REQUIRED},
 * {@code TRAVEL_RULE_COUNTERPARTY_UNKNOWN}) and {@code detail} its explanation; the resolution fields are set once
 * a hold is decided. Amounts are decimal strings. Never any IVMS101 data.
 */
public record DepositView(String id, String customerId, String chain, String asset, String amount, String txHash,
                          long logIndex, String state, String reason, String detail, String heldAt, String resolvedBy,
                          String resolutionNote, String resolvedAt) {

    static DepositView settled(String id, String customerId, String chain, String asset, String amount, String txHash,
                               long logIndex, String state) {
        return new DepositView(id, customerId, chain, asset, amount, txHash, logIndex, state, null, null, null, null,
                null, null);
    }

    static DepositView of(HeldDeposit h) {
        return new DepositView(h.id().toString(), h.owner().customerId(), h.owner().chain().name(),
                h.amount().asset().code(), h.amount().toPlainString(), h.transfer().txHash(), h.transfer().logIndex(),
                h.state().name(), h.reason(), h.detail(), h.heldAt().toString(), h.resolvedBy(), h.resolutionNote(),
                h.resolvedAt() == null ? null : h.resolvedAt().toString());
    }
}
