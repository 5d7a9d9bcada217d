package io.usdtcustody.model.hd;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * The digests Bitcoin-family encodings are built from: SHA-256, double SHA-256 (base58check checksums) and
 * HASH160 = RIPEMD-160(SHA-256) (key fingerprints and P2PKH addresses).
 */
public final class Hashes {
    private Hashes() {
    }

    public static byte[] sha256(byte[] data) {
        return digest(new SHA256Digest(), data);
    }

    public static byte[] doubleSha256(byte[] data) {
        return sha256(sha256(data));
    }

    /** RIPEMD-160 of SHA-256: 20 bytes. */
    public static byte[] hash160(byte[] data) {
        return digest(new RIPEMD160Digest(), sha256(data));
    }

    private static byte[] digest(Digest digest, byte[] data) {
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
