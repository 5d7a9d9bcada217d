package io.usdtcustody.custody.chain.ethereum;

import io.usdtcustody.custody.signing.DigestSigner;
import io.usdtcustody.custody.signing.RecoverableSignature;
import java.math.BigInteger;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.crypto.transaction.type.TransactionType;
import org.web3j.utils.Numeric;

/**
 * Signs Ethereum transactions through a {@link DigestSigner}: web3j encodes the unsigned transaction, this class
 * hashes it (Keccak-256), the signer signs the digest (the key may live in an HSM), and web3j encodes the signed
 * transaction with the right {@code v}: the y-parity (recovery id) for typed (EIP-1559) transactions,
 * {@code 35 + 2·chainId + recoveryId} for legacy ones (EIP-155).
 */
public final class EthereumSigner {

    /** A signed transaction: the bytes to broadcast and the hash it will be known by. */
    public record SignedTransaction(String rawHex, String txHash) {
    }

    private EthereumSigner() {
    }

    public static SignedTransaction sign(RawTransaction transaction, long chainId, DigestSigner signer) {
        boolean typed = transaction.getType() != TransactionType.LEGACY;
        byte[] unsigned = typed ? TransactionEncoder.encode(transaction) : TransactionEncoder.encode(transaction, chainId);
        RecoverableSignature signature = signer.sign(Hash.sha3(unsigned));
        // web3j takes 27/28 for typed transactions and encodes the y-parity (0/1) itself
        BigInteger v = typed
                ? BigInteger.valueOf(27L + signature.recoveryId())
                : BigInteger.valueOf(35L + 2L * chainId + signature.recoveryId());
        Sign.SignatureData data = new Sign.SignatureData(v.toByteArray(), Numeric.toBytesPadded(signature.r(), 32),
                Numeric.toBytesPadded(signature.s(), 32));
        byte[] signed = TransactionEncoder.encode(transaction, data);
        return new SignedTransaction(Numeric.toHexString(signed), Numeric.toHexString(Hash.sha3(signed)));
    }
}
