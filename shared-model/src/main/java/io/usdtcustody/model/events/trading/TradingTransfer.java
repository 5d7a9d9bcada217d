package io.usdtcustody.model.events.trading;

/**
 * Payload of the funding ↔ trading transfer events: which customer account (the tenant is the envelope's), how
 * much of which asset as a decimal string in the asset's units, on which chain custody books it, and the
 * {@code transferId} (a UUID) that both sides apply at most once.
 */
public record TradingTransfer(String transferId, String account, String asset, String chain, String amount) {
}
