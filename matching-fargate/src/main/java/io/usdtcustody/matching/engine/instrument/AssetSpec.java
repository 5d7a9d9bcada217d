package io.usdtcustody.matching.engine.instrument;

/**
 * A tradable asset: balances of it are longs in units of 10^-scale (USDT: 6 on Ethereum and TRON, 8 on Omni;
 * the replay defaults every asset to 8 so that any chain's USDT and BTC fit exactly).
 */
public record AssetSpec(int assetId, String name, int scale) {
}
