package io.usdtcustody.model.address;

import io.usdtcustody.model.hd.Base58;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises what an address looks like regardless of the chain it was given for, so that a wrong-chain
 * address gets a reason naming the chain it belongs to instead of a bare "invalid".
 */
final class AddressShapes {
    static final int BASE58_ADDRESS_BYTES = 25;
    static final int BITCOIN_P2PKH_VERSION = 0x00;
    static final int BITCOIN_P2SH_VERSION = 0x05;
    static final int BITCOIN_TESTNET_P2PKH_VERSION = 0x6f;
    static final int BITCOIN_TESTNET_P2SH_VERSION = 0xc4;
    static final int TRON_VERSION = 0x41;

    private AddressShapes() {
    }

    /** The problem every chain reports the same way (empty, or with whitespace), if {@code candidate} has one. */
    static Optional<AddressValidation> blank(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return Optional.of(AddressValidation.invalid("Address is empty."));
        }
        if (hasWhitespace(candidate)) {
            return Optional.of(AddressValidation.invalid("Address must not contain spaces or line breaks."));
        }
        return Optional.empty();
    }

    /** A base58check address: one version byte, then {@code body}. */
    static String versioned(int version, byte[] body) {
        byte[] payload = new byte[1 + body.length];
        payload[0] = (byte) version;
        System.arraycopy(body, 0, payload, 1, body.length);
        return io.usdtcustody.model.hd.Base58.encodeChecked(payload);
    }

    static boolean hasWhitespace(String text) {
        return text.chars().anyMatch(Character::isWhitespace);
    }

    /** {@code 0x} (either case) followed by 40 hexadecimal digits. */
    static boolean looksLikeEthereum(String text) {
        return text.length() == 42 && (text.startsWith("0x") || text.startsWith("0X"))
                && isHex(text.substring(2));
    }

    static boolean looksLikeBech32(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("bc1") || lower.startsWith("tb1") || lower.startsWith("bcrt1");
    }

    /** The version byte of a 25-byte base58check address with a correct checksum, if it is one. */
    static Optional<Integer> base58CheckVersion(String text) {
        Optional<byte[]> decoded = Base58.decode(text);
        if (decoded.isEmpty() || decoded.get().length != BASE58_ADDRESS_BYTES
                || !Base58.hasValidChecksum(decoded.get())) {
            return Optional.empty();
        }
        return Optional.of(Byte.toUnsignedInt(decoded.get()[0]));
    }

    /** ASCII hexadecimal digits only ({@link Character#digit} would also take other scripts' digits). */
    static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }
}
