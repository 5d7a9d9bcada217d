package io.usdtcustody.model.hd;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads the base58check text form of extended keys (BIP32 "Serialization format"), refusing every malformed
 * key with a reason that contains none of the key. Buffers holding key bytes are zeroed before returning.
 */
final class ExtendedKeyText {
    private static final int MAX_TEXT_LENGTH = 120;

    private ExtendedKeyText() {
    }

    static ExtendedKey parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidExtendedKeyException("empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidExtendedKeyException("too long");
        }
        byte[] decoded = Base58.decode(text)
                .orElseThrow(() -> new InvalidExtendedKeyException("not base58"));
        try {
            if (decoded.length != ExtendedKey.SERIALIZED_BYTES + Base58.CHECKSUM_BYTES) {
                throw new InvalidExtendedKeyException("wrong length");
            }
            if (!Base58.hasValidChecksum(decoded)) {
                throw new InvalidExtendedKeyException("checksum mismatch");
            }
            return fromSerialized(ByteBuffer.wrap(decoded, 0, ExtendedKey.SERIALIZED_BYTES));
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
    }

    private static ExtendedKey fromSerialized(ByteBuffer in) {
        int version = in.getInt();
        int depth = Byte.toUnsignedInt(in.get());
        int parentFingerprint = in.getInt();
        int childNumber = in.getInt();
        byte[] chainCode = new byte[ExtendedKey.CHAIN_CODE_BYTES];
        in.get(chainCode);
        byte[] keyData = new byte[Secp256k1.COMPRESSED_PUBLIC_KEY_BYTES];
        in.get(keyData);
        try {
            if (version == ExtendedKey.MAINNET_PRIVATE_VERSION) {
                if (keyData[0] != 0) {
                    throw new InvalidExtendedKeyException("private key version with public key data");
                }
                return ExtendedKey.ofPrivate(depth, parentFingerprint, childNumber, chainCode,
                        Arrays.copyOfRange(keyData, 1, keyData.length));
            }
            if (version == ExtendedKey.MAINNET_PUBLIC_VERSION) {
                if (keyData[0] == 0) {
                    throw new InvalidExtendedKeyException("public key version with private key data");
                }
                return ExtendedKey.ofPublic(depth, parentFingerprint, childNumber, chainCode, keyData);
            }
            throw new InvalidExtendedKeyException("unknown version (only mainnet xprv and xpub are accepted)");
        } finally {
            Arrays.fill(keyData, (byte) 0);
            Arrays.fill(chainCode, (byte) 0);
        }
    }
}
