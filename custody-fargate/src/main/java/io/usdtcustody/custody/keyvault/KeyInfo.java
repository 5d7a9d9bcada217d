package io.usdtcustody.custody.keyvault;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What the vault tells about a key: its label, its curve and its public key as the 65-byte uncompressed SEC1
 * point {@code 04 || x || y}. There is deliberately nothing secret here: the private key never leaves the HSM.
 */
public record KeyInfo(KeyLabel label, KeyCurve curve, byte[] publicKey) {
    public static final int PUBLIC_KEY_BYTES = 65;

    public KeyInfo {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(publicKey, "publicKey");
        if (publicKey.length != PUBLIC_KEY_BYTES || publicKey[0] != 0x04) {
            throw new IllegalArgumentException("a public key is a 65-byte uncompressed SEC1 point");
        }
        if (!curve.parameters().getCurve().decodePoint(publicKey).isValid()) {
            throw new IllegalArgumentException("the public key is not a point on " + curve);
        }
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The 33-byte compressed SEC1 form, as chain address derivations take it. */
    public byte[] compressedPublicKey() {
        return curve.parameters().getCurve().decodePoint(publicKey).getEncoded(true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyInfo that && label.equals(that.label) && curve == that.curve
                && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, curve, Arrays.hashCode(publicKey));
    }

    @Override
    public String toString() {
        return "KeyInfo[label=" + label + ", curve=" + curve + ", publicKey=" + HexFormat.of().formatHex(publicKey)
                + "]";
    }
}
