package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.model.address.ChainAddress;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationException;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import java.util.List;

/**
 * Index to deposit address: a seam so that tests can make an index hit BIP32's invalid-child case, which
 * real keys do with probability below 2<sup>-127</sup>.
 */
@FunctionalInterface
interface AddressDerivation {

    /**
     * The chain's normalised address of {@code accountXpub/0/index}.
     *
     * @throws DerivationException with reason {@code INVALID_CHILD} when BIP32 says to use the next index
     */
    String address(ExtendedKey accountXpub, Chain chain, int index);

    /** BIP44 external chain by public derivation: {@code m/44'/coin'/0'/0/index} from the account xpub. */
    static AddressDerivation bip44External() {
        return (accountXpub, chain, index) -> {
            try (ExtendedKey child = Bip32.derive(accountXpub, new DerivationPath(List.of(0, index)))) {
                return ChainAddress.fromPublicKey(chain, child.publicKey());
            }
        };
    }
}
