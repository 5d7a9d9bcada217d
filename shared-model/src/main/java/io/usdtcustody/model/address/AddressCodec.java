package io.usdtcustody.model.address;

import io.usdtcustody.model.money.Chain;

/**
 * One chain's address format: the address of a secp256k1 public key, and validation/normalisation of an
 * address a user typed or pasted. Implementations are stateless and thread-safe.
 */
public interface AddressCodec {

    Chain chain();

    /**
     * The address of a secp256k1 public key, compressed (33 bytes) or uncompressed (65 bytes).
     *
     * @throws IllegalArgumentException when the bytes are not a public key on the curve
     */
    String fromPublicKey(byte[] publicKey);

    /** Checks {@code candidate} as an address of this chain; never throws on user input. */
    AddressValidation validate(String candidate);
}
