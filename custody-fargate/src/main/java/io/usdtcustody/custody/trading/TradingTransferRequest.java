package io.usdtcustody.custody.trading;

import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.events.trading.TradingTransfer;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A validated amount of a customer's USDT to move between funding and trading. Trading balances hold one USDT,
 * so transfers settle on one chain's USDT in the ledger: {@link #SETTLEMENT_ASSET}, the chain custody sends and
 * sweeps on (moving another chain's USDT to trading would need a per-chain omnibus and a chain on every
 * withdrawal from trading; not built).
 */
public record TradingTransferRequest(String customerId, Amount amount) {
    /** The ledger asset trading transfers move. */
    public static final Asset SETTLEMENT_ASSET = Asset.USDT_ETHEREUM;
    private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public TradingTransferRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
    }

    /** Validates the API's fields, reporting every fault at once as a 400 problem. */
    public static TradingTransferRequest of(String customerId, String asset, String chain, String amount) {
        List<FieldError> errors = new ArrayList<>();
        if (customerId == null || !CUSTOMER_ID.matcher(customerId).matches()) {
            errors.add(new FieldError("customerId", "must be 1-64 letters, digits, '_' or '-'"));
        }
        if (!SETTLEMENT_ASSET.code().equals(asset)) {
            errors.add(new FieldError("asset", "must be " + SETTLEMENT_ASSET.code()));
        }
        if (!SETTLEMENT_ASSET.chain().name().equals(chain)) {
            errors.add(new FieldError("chain", "trading transfers settle on " + SETTLEMENT_ASSET.chain().name()));
        }
        Amount parsed = null;
        try {
            parsed = amount == null ? null : Amount.parse(amount, SETTLEMENT_ASSET);
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (parsed == null || !parsed.isPositive()) {
            errors.add(new FieldError("amount", "must be a positive plain decimal with at most "
                    + SETTLEMENT_ASSET.decimals() + " fractional digits, within range"));
        }
        if (!errors.isEmpty()) {
            throw PlatformException.validation("the trading transfer is not valid", errors);
        }
        return new TradingTransferRequest(customerId, parsed);
    }

    /** The same checks on an event's payload (the account is the customer id on both sides). */
    public static TradingTransferRequest fromEvent(TradingTransfer event) {
        return of(event.account(), event.asset(), event.chain(), event.amount());
    }

    /** The transfer id of an event, or a 400 problem when it is not a UUID. */
    public static UUID transferId(String text) {
        try {
            return UUID.fromString(Objects.requireNonNull(text));
        } catch (RuntimeException e) {
            throw PlatformException.validation("transferId must be a UUID", List.of());
        }
    }
}
