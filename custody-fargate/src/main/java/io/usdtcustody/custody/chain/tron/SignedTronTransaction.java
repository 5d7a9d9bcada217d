package io.usdtcustody.custody.chain.tron;

import io.usdtcustody.custody.signing.DigestSigner;
import io.usdtcustody.custody.signing.RecoverableSignature;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A TRON transaction with its owner's signature over the txid. {@link #sign} checks, by public-key recovery,
 * that the signature really is the owner's before anything leaves the process. {@link #toProtobuf()} is the
 * whole {@code protocol.Transaction} (raw_data = 1, signature = 2), as {@code /wallet/broadcasthex} takes it.
 */
public record SignedTronTransaction(TronTransaction transaction, RecoverableSignature signature) {

    public SignedTronTransaction {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(signature, "signature");
    }

    /** Signs the txid with {@code signer} and verifies that the signature recovers to the owner's address. */
    public static SignedTronTransaction sign(TronTransaction transaction, DigestSigner signer) {
        byte[] txid = transaction.txid();
        RecoverableSignature raw = signer.sign(txid.clone());
        RecoverableSignature signature = RecoverableSignature.of(raw.r(), raw.s(), raw.recoveryId());
        TronAddress signedBy = TronSignatures.recoverAddress(signature, txid);
        if (!signedBy.equals(transaction.owner())) {
            throw new TronSigningException("the signature does not recover to the transaction's owner "
                    + transaction.owner() + " (wrong key or recovery id)");
        }
        return new SignedTronTransaction(transaction, signature);
    }

    public String txidHex() {
        return transaction.txidHex();
    }

    /** The 65-byte signature as the API's {@code signature} array holds it: lower-case hex. */
    public String signatureHex() {
        return HexFormat.of().formatHex(TronSignatures.toTronBytes(signature));
    }

    /** The serialized {@code protocol.Transaction}: raw data and the one signature. */
    public byte[] toProtobuf() {
        return new ProtobufWriter()
                .message(1, transaction.rawData())
                .bytes(2, TronSignatures.toTronBytes(signature))
                .toByteArray();
    }
}
