package io.usdtcustody.model.address;

import io.usdtcustody.model.money.Chain;
import java.util.Map;
import java.util.Objects;

/**
 * Entry point from a {@link Chain} to its address format: the codec of each chain, and the deposit address
 * of a public key (typically one derived from the account xpub, {@code m/44'/coin'/0'/0/i}).
 */
public final class ChainAddress {
    private static final Map<Chain, AddressCodec> CODECS = Map.of(
            Chain.ETHEREUM, new EthereumAddressCodec(),
            Chain.TRON, new TronAddressCodec(),
            Chain.OMNI, new OmniAddressCodec());

    private ChainAddress() {
    }

    public static AddressCodec codec(Chain chain) {
        AddressCodec codec = CODECS.get(Objects.requireNonNull(chain, "chain"));
        if (codec == null) {
            throw new IllegalArgumentException("no address codec for " + chain);
        }
        return codec;
    }

    /** The address of a compressed or uncompressed secp256k1 public key on {@code chain}. */
    public static String fromPublicKey(Chain chain, byte[] publicKey) {
        return codec(chain).fromPublicKey(publicKey);
    }
}
