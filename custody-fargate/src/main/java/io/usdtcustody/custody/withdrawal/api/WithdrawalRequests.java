package io.usdtcustody.custody.withdrawal.api;

import io.usdtcustody.custody.withdrawal.WithdrawalRequest;
import io.usdtcustody.model.address.AddressValidation;
import io.usdtcustody.model.address.AddressValidator;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.FieldError;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Validates API input into domain requests; every problem becomes a 4xx with field errors, nothing is written. */
public final class WithdrawalRequests {
    private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private WithdrawalRequests() {
    }

    public static WithdrawalRequest from(CreateWithdrawalBody body) {
        List<FieldError> errors = new ArrayList<>();
        if (!CUSTOMER_ID.matcher(body.customerId()).matches()) {
            errors.add(new FieldError("customerId", "must be 1-64 letters, digits, '_' or '-'"));
        }
        Chain chain = null;
        try {
            chain = Chain.valueOf(body.chain().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("chain", "must be one of ETHEREUM, TRON, OMNI"));
        }
        if (!"USDT".equals(body.asset())) {
            errors.add(new FieldError("asset", "must be USDT"));
        }
        Amount amount = null;
        if (chain != null) {
            Asset asset = switch (chain) {
                case ETHEREUM -> Asset.USDT_ETHEREUM;
                case TRON -> Asset.USDT_TRON;
                case OMNI -> Asset.USDT_OMNI;
            };
            try {
                amount = Amount.parse(body.amount(), asset);
                if (!amount.isPositive()) {
                    errors.add(new FieldError("amount", "must be greater than zero"));
                }
            } catch (RuntimeException e) {
                errors.add(new FieldError("amount", "must be a plain decimal with at most " + asset.decimals()
                        + " fractional digits, within range"));
            }
        }
        if (!errors.isEmpty()) {
            throw PlatformException.validation("the withdrawal request is not valid", errors);
        }
        AddressValidation destination = AddressValidator.validate(chain, body.destination());
        if (!destination.valid()) {
            throw new PlatformException(ErrorCode.INVALID_ADDRESS, destination.reason(),
                    List.of(new FieldError("destination", destination.reason())), null);
        }
        return new WithdrawalRequest(body.customerId(), amount, destination.normalized());
    }
}
