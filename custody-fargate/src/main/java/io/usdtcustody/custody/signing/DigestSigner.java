package io.usdtcustody.custody.signing;

/**
 * Signs a 32-byte digest that the caller computed (Keccak-256 for Ethereum, SHA-256 of the raw data for TRON)
 * with one secp256k1 key. Transaction encoders depend on this and nothing else, so an HSM key, a sweep's
 * session key, or a test key are interchangeable — the encoder never sees key material.
 */
@FunctionalInterface
public interface DigestSigner {
    RecoverableSignature sign(byte[] digest);
}
