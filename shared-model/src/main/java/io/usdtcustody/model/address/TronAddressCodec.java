package io.usdtcustody.model.address;

import io.usdtcustody.model.hd.Base58;
import io.usdtcustody.model.money.Chain;
import java.util.Optional;

/**
 * TRON addresses: prefix byte {@code 0x41} and the same 20 bytes as the Ethereum address of the key,
 * base58check-encoded (double SHA-256 checksum), which always starts with {@code T}. Base58 is
 * case-sensitive, so a valid address is its own normal form. The hex form ({@code 41…}) is refused: users
 * and the chain's explorers exchange the base58 form.
 */
public final class TronAddressCodec implements AddressCodec {

    @Override
    public Chain chain() {
        return Chain.TRON;
    }

    @Override
    public String fromPublicKey(byte[] publicKey) {
        byte[] account = EthereumAddressCodec.accountBytes(publicKey);
        return AddressShapes.versioned(AddressShapes.TRON_VERSION, account);
    }

    @Override
    public AddressValidation validate(String candidate) {
        Optional<AddressValidation> blank = AddressShapes.blank(candidate);
        if (blank.isPresent()) {
            return blank.get();
        }
        if (candidate.startsWith("0x") || candidate.startsWith("0X")) {
            return AddressValidation.invalid("Looks like an Ethereum address, not a TRON address.");
        }
        if (candidate.length() == 42 && candidate.startsWith("41") && AddressShapes.isHex(candidate)) {
            return AddressValidation.invalid("TRON address must be in base58 form (starting with T), not hex.");
        }
        if (AddressShapes.looksLikeBech32(candidate)) {
            return AddressValidation.invalid("Looks like a Bitcoin address, not a TRON address.");
        }
        Optional<byte[]> decoded = Base58.decode(candidate);
        if (decoded.isEmpty()) {
            return AddressValidation.invalid("TRON address contains a character that is not base58.");
        }
        byte[] bytes = decoded.get();
        if (bytes.length != AddressShapes.BASE58_ADDRESS_BYTES) {
            return AddressValidation.invalid("TRON address has the wrong length.");
        }
        if (!Base58.hasValidChecksum(bytes)) {
            return AddressValidation.invalid("TRON address checksum mismatch.");
        }
        int version = Byte.toUnsignedInt(bytes[0]);
        if (version == AddressShapes.BITCOIN_P2PKH_VERSION || version == AddressShapes.BITCOIN_P2SH_VERSION) {
            return AddressValidation.invalid("Looks like a Bitcoin address, not a TRON address.");
        }
        if (version != AddressShapes.TRON_VERSION) {
            return AddressValidation.invalid("TRON address has the wrong prefix byte (must be 0x41, starting with T).");
        }
        return AddressValidation.valid(candidate);
    }
}
