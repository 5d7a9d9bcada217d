package io.usdtcustody.custody.withdrawal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.travelrule.ivms101.IdentityPayload;
import io.usdtcustody.model.travelrule.ivms101.Ivms101Json;
import java.nio.charset.StandardCharsets;
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

    /**
     * A request body: the withdrawal's fields, read strictly, and optionally {@code "travelRule"}: the IVMS101
     * identity payload (originator, beneficiary, VASPs) with the standard's member names, read by the shared
     * IVMS101 reader (which lists every fault) and stored in its canonical form.
     */
    public static WithdrawalRequest from(byte[] json, JsonCodec codec) {
        JsonNode tree = codec.readTree(json);
        String travelRule = "";
        if (tree instanceof ObjectNode object && object.has("travelRule")) {
            IdentityPayload payload = Ivms101Json.fromTree(object.remove("travelRule"))
                    .orThrow("the Travel Rule data (travelRule)");
            travelRule = new String(codec.write(Ivms101Json.toTree(payload)), StandardCharsets.UTF_8);
        }
        WithdrawalRequest request = from(codec.read(codec.write(tree), CreateWithdrawalBody.class));
        return new WithdrawalRequest(request.customerId(), request.amount(), request.destination(), travelRule);
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
