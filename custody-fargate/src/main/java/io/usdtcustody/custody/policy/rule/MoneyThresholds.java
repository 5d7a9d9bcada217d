package io.usdtcustody.custody.policy.rule;

import io.usdtcustody.custody.policy.InvalidPolicyException;
import io.usdtcustody.custody.policy.PolicyJson;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amounts a rule compares against, one per asset (asset code + chain), parsed exactly at the asset's scale. A
 * withdrawal of an asset the rule names no amount for gets no default: the engine refuses it.
 */
public record MoneyThresholds(Map<Asset, Amount> byAsset) {
    public MoneyThresholds {
        byAsset = Collections.unmodifiableMap(new LinkedHashMap<>(byAsset));
        if (byAsset.isEmpty()) {
            throw new IllegalArgumentException("at least one amount");
        }
    }

    public Optional<Amount> forAsset(Asset asset) {
        return Optional.ofNullable(byAsset.get(asset));
    }

    /** Parses a JSON list; {@code where} names the field in error messages. */
    public static MoneyThresholds parse(List<PolicyJson.Money> list, String where) {
        if (list == null || list.isEmpty()) {
            throw new InvalidPolicyException(where + " needs at least one amount");
        }
        Map<Asset, Amount> byAsset = new LinkedHashMap<>();
        for (PolicyJson.Money money : list) {
            Asset asset = asset(money, where);
            Amount amount;
            try {
                amount = Amount.parse(money.amount(), asset);
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyException(where + ": amount is not a plain decimal at " + asset + " scale");
            }
            if (amount.isNegative()) {
                throw new InvalidPolicyException(where + ": amount must not be negative");
            }
            if (byAsset.put(asset, amount) != null) {
                throw new InvalidPolicyException(where + ": " + asset + " is listed twice");
            }
        }
        return new MoneyThresholds(byAsset);
    }

    private static Asset asset(PolicyJson.Money money, String where) {
        Chain chain;
        try {
            chain = Chain.valueOf(money.chain());
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(where + ": chain must be one of ETHEREUM, TRON, OMNI");
        }
        if (!"USDT".equals(money.asset())) {
            throw new InvalidPolicyException(where + ": asset must be USDT");
        }
        return switch (chain) {
            case ETHEREUM -> Asset.USDT_ETHEREUM;
            case TRON -> Asset.USDT_TRON;
            case OMNI -> Asset.USDT_OMNI;
        };
    }
}
