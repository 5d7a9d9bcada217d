package io.usdtcustody.model.address;

import java.util.Optional;

import io.usdtcustody.model.hd.Secp256k1;
import io.usdtcustody.model.money.Chain;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Ethereum addresses: the last 20 bytes of Keccak-256 over the 64-byte uncompressed public key (without its
 * {@code 0x04} prefix), written as {@code 0x} and 40 hex digits with the EIP-55 mixed-case checksum.
 *
 * <p>Validation accepts an EIP-55 address, or one written entirely in lower or upper case (which carries no
 * checksum), and normalises to EIP-55. Mixed case that is not the EIP-55 form is refused: it is how a typo
 * shows up.
 */
public final class EthereumAddressCodec implements AddressCodec {
    public static final int ADDRESS_BYTES = 20;
    private static final int HEX_DIGITS = 2 * ADDRESS_BYTES;
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public Chain chain() {
        return Chain.ETHEREUM;
    }

    @Override
    public String fromPublicKey(byte[] publicKey) {
        return toChecksumAddress(accountBytes(publicKey));
    }

    /** The 20 address bytes of a public key; TRON addresses carry the same 20 bytes. */
    static byte[] accountBytes(byte[] publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        byte[] uncompressed = Secp256k1.uncompressed(publicKey);
        byte[] hash = keccak256(Arrays.copyOfRange(uncompressed, 1, uncompressed.length));
        return Arrays.copyOfRange(hash, hash.length - ADDRESS_BYTES, hash.length);
    }

    /** {@code 0x…} in EIP-55 mixed case for 20 address bytes. */
    public static String toChecksumAddress(byte[] addressBytes) {
        if (addressBytes == null || addressBytes.length != ADDRESS_BYTES) {
            throw new IllegalArgumentException("an Ethereum address is " + ADDRESS_BYTES + " bytes");
        }
        return "0x" + checksumCase(HEX.formatHex(addressBytes));
    }

    @Override
    public AddressValidation validate(String candidate) {
        Optional<AddressValidation> blank = AddressShapes.blank(candidate);
        if (blank.isPresent()) {
            return blank.get();
        }
        if (!candidate.startsWith("0x")) {
            return AddressValidation.invalid(notHexReason(candidate));
        }
        String digits = candidate.substring(2);
        if (!AddressShapes.isHex(digits)) {
            return AddressValidation.invalid("Ethereum address contains a character that is not hexadecimal.");
        }
        if (digits.length() != HEX_DIGITS) {
            return AddressValidation.invalid("Ethereum address must have 40 hexadecimal digits after 0x.");
        }
        String lower = digits.toLowerCase(Locale.ROOT);
        String checksummed = checksumCase(lower);
        boolean singleCase = digits.equals(lower) || digits.equals(digits.toUpperCase(Locale.ROOT));
        if (!singleCase && !digits.equals(checksummed)) {
            return AddressValidation.invalid("Ethereum address checksum mismatch (EIP-55 mixed case is wrong).");
        }
        return AddressValidation.valid("0x" + checksummed);
    }

    private static String notHexReason(String candidate) {
        if (candidate.startsWith("0X")) {
            return "Ethereum address must start with lower-case 0x.";
        }
        Integer version = AddressShapes.base58CheckVersion(candidate).orElse(null);
        if (version != null && version == AddressShapes.TRON_VERSION) {
            return "Looks like a TRON address, not an Ethereum address.";
        }
        if (version != null || AddressShapes.looksLikeBech32(candidate)) {
            return "Looks like a Bitcoin address, not an Ethereum address.";
        }
        return "Ethereum address must start with 0x.";
    }

    /** EIP-55: upper-case each letter whose nibble in Keccak-256(lower-case hex) is 8 or more. */
    private static String checksumCase(String lowerHex) {
        byte[] hash = keccak256(lowerHex.getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder(lowerHex.length());
        for (int i = 0; i < lowerHex.length(); i++) {
            char c = lowerHex.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0x0f;
            out.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    private static byte[] keccak256(byte[] data) {
        KeccakDigest digest = new KeccakDigest(256);
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
