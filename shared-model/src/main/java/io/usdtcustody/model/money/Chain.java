package io.usdtcustody.model.money;

/**
 * A blockchain the platform holds USDT on, with the BIP44 coin type that its deposit addresses are derived
 * under ({@code m/44'/<coinType>'/0'/0/i}).
 *
 * <p>{@link #OMNI} is the Bitcoin blockchain as the Omni Layer sees it: its addresses are Bitcoin addresses and
 * its coin type is Bitcoin's. Omni is receive-and-screen only.
 */
public enum Chain {
    ETHEREUM(60),
    TRON(195),
    OMNI(0);

    private final int bip44CoinType;

    Chain(int bip44CoinType) {
        this.bip44CoinType = bip44CoinType;
    }

    /** The SLIP-44 registered coin type used in the BIP44 derivation path. */
    public int bip44CoinType() {
        return bip44CoinType;
    }

    /** The account-level derivation path whose xpub deposit addresses are derived from. */
    public String bip44AccountPath() {
        return "m/44'/" + bip44CoinType + "'/0'";
    }
}
