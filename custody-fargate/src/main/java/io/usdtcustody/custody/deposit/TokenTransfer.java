package io.usdtcustody.custody.deposit;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One ERC-20 {@code Transfer(from, to, value)} log as the chain reported it: identified by (tx hash, log index),
 * found in {@code blockNumber} with {@code blockHash} — which is what tells whether the log is still on the
 * canonical chain. Addresses and hashes are lower-case {@code 0x} hex; {@code value} is in token base units.
 */
public record TokenTransfer(String txHash, long logIndex, long blockNumber, String blockHash, String from, String to,
                            BigInteger value) {
    public TokenTransfer {
        txHash = EvmHex.hash(txHash, "txHash");
        blockHash = EvmHex.hash(blockHash, "blockHash");
        from = EvmHex.address(from, "from");
        to = EvmHex.address(to, "to");
        Objects.requireNonNull(value, "value");
        if (logIndex < 0 || blockNumber < 0 || value.signum() < 0) {
            throw new IllegalArgumentException("log index, block number and value are never negative");
        }
    }

    /** {@code txHash:logIndex}: the on-chain identity of the deposit, used as the ledger reference. */
    public String reference() {
        return txHash + ":" + logIndex;
    }
}
