package io.usdtcustody.model.address;

import io.usdtcustody.model.hd.Base58;
import io.usdtcustody.model.hd.Hashes;
import io.usdtcustody.model.hd.Secp256k1;
import io.usdtcustody.model.money.Chain;
import java.util.Optional;

/**
 * Omni Layer (USDT on Bitcoin) addresses: legacy Bitcoin mainnet base58check addresses. Derived deposit
 * addresses are P2PKH ({@code 0x00 || HASH160(compressed public key)}, starting with {@code 1}); validation
 * also accepts P2SH ({@code 3…}). Omni Layer does not use bech32 ({@code bc1…}) addresses, so those are
 * refused with that reason, as are testnet and other chains' addresses.
 */
public final class OmniAddressCodec implements AddressCodec {

    @Override
    public Chain chain() {
        return Chain.OMNI;
    }

    /** The P2PKH address of the compressed form of {@code publicKey}. */
    @Override
    public String fromPublicKey(byte[] publicKey) {
        byte[] hash = Hashes.hash160(Secp256k1.compressed(publicKey));
        return AddressShapes.versioned(AddressShapes.BITCOIN_P2PKH_VERSION, hash);
    }

    @Override
    public AddressValidation validate(String candidate) {
        Optional<AddressValidation> blank = AddressShapes.blank(candidate);
        if (blank.isPresent()) {
            return blank.get();
        }
        if (AddressShapes.looksLikeBech32(candidate)) {
            return AddressValidation.invalid(
                    "Omni Layer uses legacy Bitcoin addresses (starting with 1 or 3), not bech32 (bc1) addresses.");
        }
        if (candidate.startsWith("0x") || candidate.startsWith("0X")) {
            return AddressValidation.invalid("Looks like an Ethereum address, not an Omni (Bitcoin) address.");
        }
        Optional<byte[]> decoded = Base58.decode(candidate);
        if (decoded.isEmpty()) {
            return AddressValidation.invalid("Omni address contains a character that is not base58.");
        }
        byte[] bytes = decoded.get();
        if (bytes.length != AddressShapes.BASE58_ADDRESS_BYTES) {
            return AddressValidation.invalid("Omni address has the wrong length.");
        }
        if (!Base58.hasValidChecksum(bytes)) {
            return AddressValidation.invalid("Omni address checksum mismatch.");
        }
        return switch (Byte.toUnsignedInt(bytes[0])) {
            case AddressShapes.BITCOIN_P2PKH_VERSION, AddressShapes.BITCOIN_P2SH_VERSION ->
                    AddressValidation.valid(candidate);
            case AddressShapes.TRON_VERSION ->
                    AddressValidation.invalid("Looks like a TRON address, not an Omni (Bitcoin) address.");
            case AddressShapes.BITCOIN_TESTNET_P2PKH_VERSION, AddressShapes.BITCOIN_TESTNET_P2SH_VERSION ->
                    AddressValidation.invalid("Bitcoin testnet addresses are not accepted; use a mainnet address.");
            default -> AddressValidation.invalid("Omni address must be a Bitcoin mainnet P2PKH or P2SH address (starting with 1 or 3).");
        };
    }
}
