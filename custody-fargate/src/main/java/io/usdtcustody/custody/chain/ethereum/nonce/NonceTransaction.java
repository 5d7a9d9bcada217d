package io.usdtcustody.custody.chain.ethereum.nonce;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer;
import io.usdtcustody.custody.chain.ethereum.EthereumSigner;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed transaction at a nonce, as the nonce record keeps it: its hash (what receipts are looked up by), the
 * raw bytes (so a restart re-sends exactly these bytes instead of signing again, which with a non-deterministic
 * HSM would make a second transaction at the same nonce) and its fees (what a replacement must outbid).
 */
public record NonceTransaction(String txHash, String rawTx, Erc20Transfer.GasPrice fees) {
    private static final Pattern HASH = Pattern.compile("0x[0-9a-f]{64}");
    private static final Pattern HEX = Pattern.compile("0x([0-9a-f]{2})+");

    public NonceTransaction {
        Objects.requireNonNull(fees, "fees");
        txHash = Objects.requireNonNull(txHash, "txHash").toLowerCase(Locale.ROOT);
        rawTx = Objects.requireNonNull(rawTx, "rawTx").toLowerCase(Locale.ROOT);
        if (!HASH.matcher(txHash).matches()) {
            throw new IllegalArgumentException("a transaction hash is 0x and 64 hex digits");
        }
        if (!HEX.matcher(rawTx).matches()) {
            throw new IllegalArgumentException("a raw transaction is 0x and an even number of hex digits");
        }
    }

    /** The output of {@link EthereumSigner#sign} with the fees it was signed with. */
    public static NonceTransaction of(EthereumSigner.SignedTransaction signed, Erc20Transfer.GasPrice fees) {
        return new NonceTransaction(signed.txHash(), signed.rawHex(), fees);
    }
}
