package io.usdtcustody.custody.signing;

import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyInfo;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import java.util.List;

/**
 * The platform's receipt signer: one P-256 key ({@value #LABEL}) in the hot token signs the SHA-256 digests of
 * customers' digital receipts (ES256), so anyone holding the public key can check a receipt offline. It is the
 * signer service the receipts function calls, because that function cannot reach an HSM itself. This key moves
 * no money: it signs on a different curve than every chain key, and no transaction key is reachable this way.
 */
public final class ReceiptSigner {
    public static final String LABEL = "receipts-1";

    /** A receipt signature: JWS-style {@code r || s} (64 bytes) and the key that made it. */
    public record ReceiptSignature(String keyLabel, byte[] rs, byte[] publicKey) {
    }

    private final KeyVault vault;
    private final KeyLabel label = KeyLabel.of(LABEL);
    private volatile KeyInfo key;

    public ReceiptSigner(KeyVault vault) {
        this.vault = vault;
    }

    /** Creates the key in the token if it does not exist; returns its public half. */
    public KeyInfo ensureKey() {
        KeyInfo known = key;
        if (known == null) {
            known = vault.publicKey(label).orElseGet(() -> vault.generate(label, KeyCurve.P256));
            key = known;
        }
        return known;
    }

    /** Signs a 32-byte SHA-256 digest; anything else is a 400 and signs nothing. */
    public ReceiptSignature sign(byte[] digest) {
        if (digest == null || digest.length != 32) {
            throw PlatformException.validation("the digest is not valid",
                    List.of(new FieldError("digest", "must be 64 hex digits (a SHA-256 digest)")));
        }
        KeyInfo signing = ensureKey();
        DigestSignature signature = vault.signDigest(label, digest);
        byte[] rs = new byte[2 * DigestSignature.SCALAR_BYTES];
        copyScalar(signature.r().toByteArray(), rs, 0);
        copyScalar(signature.s().toByteArray(), rs, DigestSignature.SCALAR_BYTES);
        return new ReceiptSignature(LABEL, rs, signing.publicKey());
    }

    private static void copyScalar(byte[] twosComplement, byte[] into, int offset) {
        int length = Math.min(twosComplement.length, DigestSignature.SCALAR_BYTES);
        System.arraycopy(twosComplement, twosComplement.length - length, into,
                offset + DigestSignature.SCALAR_BYTES - length, length);
    }
}
