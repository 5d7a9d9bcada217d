package io.usdtcustody.screening.address;

import io.usdtcustody.model.money.Chain;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a listed address is recognised and compared, by its shape rather than by the list it came from: OFAC
 * files are per currency, and a USDT or USDC list holds Ethereum ({@code 0x…}), TRON ({@code T…}) and Omni
 * ({@code 1…}/{@code 3…}) addresses side by side.
 */
enum AddressForm {
    /** {@code 0x} and 40 hex digits on any EVM chain (ETH, ETC, BSC, ARB, ERC-20 tokens): compared lower-case. */
    EVM(Chain.ETHEREUM, Pattern.compile("0[xX][0-9a-fA-F]{40}"), true),
    /** TRON base58check {@code T…}: case is significant, compared exactly. */
    TRON(Chain.TRON, Pattern.compile("T[1-9A-HJ-NP-Za-km-z]{33}"), false),
    /** Bitcoin (and Omni) base58 {@code 1…}/{@code 3…}: compared exactly. */
    BITCOIN_BASE58(Chain.OMNI, Pattern.compile("[13][1-9A-HJ-NP-Za-km-z]{25,34}"), false),
    /** Bitcoin bech32 {@code bc1…}: case-insensitive by definition, compared lower-case. */
    BITCOIN_BECH32(Chain.OMNI, Pattern.compile("(?i)bc1[ac-hj-np-z02-9]{8,87}"), true);

    private final Chain chain;
    private final Pattern shape;
    private final boolean caseInsensitive;

    AddressForm(Chain chain, Pattern shape, boolean caseInsensitive) {
        this.chain = chain;
        this.shape = shape;
        this.caseInsensitive = caseInsensitive;
    }

    Chain chain() {
        return chain;
    }

    /** The form of a list entry; empty for currencies the platform holds nothing on (XMR, LTC, XRP …). */
    static Optional<AddressForm> of(String address) {
        for (AddressForm form : values()) {
            if (form.shape.matcher(address).matches()) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    /** The comparison key of {@code address} on {@code chain}; empty when it has no shape of that chain. */
    static Optional<String> screeningKey(Chain chain, String address) {
        return of(address).filter(form -> form.chain == chain).map(form -> form.key(address));
    }

    String key(String address) {
        return caseInsensitive ? address.toLowerCase(Locale.ROOT) : address;
    }
}
