package io.usdtcustody.custody.sweep;

import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyInfo;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import io.usdtcustody.custody.signing.DigestSigner;
import io.usdtcustody.model.address.ChainAddress;
import io.usdtcustody.model.money.Chain;
import java.util.function.BiFunction;

/**
 * The Ethereum gas station: a hot-token key ({@value #LABEL_TEXT}) that only ever sends ether to deposit
 * addresses, so they can pay the gas of their sweep — the step users most often miss when sweeping ERC-20
 * deposits by hand. Operators keep it funded; its address is served at {@code GET /v1/gas-station}. The key is
 * generated in the token the first time custody starts with sweeping on, and never leaves it.
 */
public final class GasStation {
    static final String LABEL_TEXT = "gas-ethereum-1";
    public static final KeyLabel LABEL = KeyLabel.of(LABEL_TEXT);

    private final EthereumAccount account;

    private GasStation(EthereumAccount account) {
        this.account = account;
    }

    /**
     * The gas station's key in {@code vault}, created there if missing; it signs through {@code signerOf}, the
     * same seam as every other vault key.
     */
    public static GasStation ensure(KeyVault vault, BiFunction<KeyVault, KeyLabel, DigestSigner> signerOf) {
        KeyInfo key = vault.publicKey(LABEL).orElseGet(() -> vault.generate(LABEL, KeyCurve.SECP256K1));
        String address = ChainAddress.fromPublicKey(Chain.ETHEREUM, key.publicKey());
        return new GasStation(new EthereumAccount(address, signerOf.apply(vault, LABEL)));
    }

    public EthereumAccount account() {
        return account;
    }

    public String address() {
        return account.address();
    }
}
