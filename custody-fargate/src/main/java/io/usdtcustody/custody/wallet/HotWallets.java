package io.usdtcustody.custody.wallet;

import io.usdtcustody.custody.keyvault.KeyCurve;
import io.usdtcustody.custody.keyvault.KeyInfo;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import io.usdtcustody.model.address.ChainAddress;
import io.usdtcustody.model.money.Chain;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's own wallets of one tier: one secp256k1 key per chain, generated the first time custody starts
 * and never exported — hot keys ({@code hot-<chain>-1}) in the hot HSM token, cold keys ({@code cold-<chain>-1})
 * in the separate cold token. What leaves the token is the public key, from which the address follows.
 * (Generation is serialised within one process; with several replicas the first start should be a single
 * instance, or an operator generates the keys beforehand.)
 */
public final class HotWallets {
    /** A hot wallet as operators see it. */
    public record HotWallet(Chain chain, String label, String address) {
    }

    private static final List<Chain> SIGNING_CHAINS = List.of(Chain.ETHEREUM, Chain.TRON);

    private final KeyVault vault;
    private final String tier;
    private final Map<Chain, HotWallet> wallets = new EnumMap<>(Chain.class);

    /** The hot wallets, keys in {@code vault} (the hot token). */
    public HotWallets(KeyVault vault) {
        this(vault, "hot");
    }

    private HotWallets(KeyVault vault, String tier) {
        this.vault = vault;
        this.tier = tier;
    }

    /** The cold wallets, keys in {@code coldVault} (the cold token, which holds nothing else). */
    public static HotWallets cold(KeyVault coldVault) {
        return new HotWallets(coldVault, "cold");
    }

    /** Creates any missing hot-wallet key and returns every hot wallet. */
    public synchronized List<HotWallet> ensureKeys() {
        for (Chain chain : SIGNING_CHAINS) {
            wallet(chain);
        }
        return List.copyOf(wallets.values());
    }

    /** The hot wallet of {@code chain}, its key generated in the token if it does not exist yet. */
    public synchronized HotWallet wallet(Chain chain) {
        HotWallet known = wallets.get(chain);
        if (known != null) {
            return known;
        }
        KeyLabel label = label(chain);
        KeyInfo key = vault.publicKey(label).orElseGet(() -> vault.generate(label, KeyCurve.SECP256K1));
        HotWallet wallet = new HotWallet(chain, label.value(), ChainAddress.fromPublicKey(chain, key.publicKey()));
        wallets.put(chain, wallet);
        return wallet;
    }

    public KeyLabel label(Chain chain) {
        if (!SIGNING_CHAINS.contains(chain)) {
            throw new IllegalArgumentException(chain + " is receive-only: custody does not sign on it");
        }
        return KeyLabel.of(tier + "-" + chain.name().toLowerCase(Locale.ROOT) + "-1");
    }
}
