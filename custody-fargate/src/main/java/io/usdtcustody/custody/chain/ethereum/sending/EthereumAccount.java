package io.usdtcustody.custody.chain.ethereum.sending;

import io.usdtcustody.custody.chain.ethereum.nonce.NonceAssignment;
import io.usdtcustody.custody.signing.DigestSigner;
import java.util.Objects;

/**
 * An address custody sends from, and the only way to sign for it: a hot wallet, the gas station, a cold wallet,
 * or a deposit address being swept. The signer is a seam over the key vault; the key itself is never here.
 */
public record EthereumAccount(String address, DigestSigner signer) {
    public EthereumAccount {
        address = NonceAssignment.normalise(address);
        Objects.requireNonNull(signer, "signer");
    }

    @Override
    public String toString() {
        return "EthereumAccount[" + address + "]";
    }
}
