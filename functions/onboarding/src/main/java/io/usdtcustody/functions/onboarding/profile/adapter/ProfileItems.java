package io.usdtcustody.functions.onboarding.profile.adapter;

import io.usdtcustody.functions.onboarding.customer.adapter.CustomerKeys;
import io.usdtcustody.functions.onboarding.profile.PostalAddress;
import io.usdtcustody.functions.onboarding.profile.Profile;
import io.usdtcustody.model.tenancy.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A profile version as its item: keys ({@code sk PROFILE#<version>}), {@code type} {@code PROFILE},
 * {@code tenant}, {@code customerId}, {@code version} N, {@code email}, {@code phone} (E.164), {@code address}
 * (map: line1, line2?, city, postalCode?, region?, country), {@code nationality}?, {@code occupation}?,
 * {@code updatedAt} ISO instant. Optional members are absent, never empty strings.
 */
final class ProfileItems {
    private ProfileItems() {
    }

    static Map<String, AttributeValue> toItem(TenantId tenant, String customerId, Profile profile) {
        Map<String, AttributeValue> item = new HashMap<>(
                CustomerKeys.key(tenant, customerId, CustomerKeys.profileSort(profile.version())));
        item.put("type", s("PROFILE"));
        item.put(CustomerKeys.TENANT, s(tenant.value()));
        item.put("customerId", s(customerId));
        item.put("version", AttributeValue.fromN(Integer.toString(profile.version())));
        item.put("email", s(profile.email()));
        item.put("phone", s(profile.phone()));
        Map<String, AttributeValue> address = new HashMap<>();
        PostalAddress a = profile.address();
        address.put("line1", s(a.line1()));
        a.line2().ifPresent(v -> address.put("line2", s(v)));
        address.put("city", s(a.city()));
        a.postalCode().ifPresent(v -> address.put("postalCode", s(v)));
        a.region().ifPresent(v -> address.put("region", s(v)));
        address.put("country", s(a.country()));
        item.put("address", AttributeValue.fromM(address));
        profile.nationality().ifPresent(v -> item.put("nationality", s(v)));
        profile.occupation().ifPresent(v -> item.put("occupation", s(v)));
        item.put("updatedAt", s(profile.updatedAt().toString()));
        return item;
    }

    static Profile fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> a = item.get("address").m();
        PostalAddress address = new PostalAddress(a.get("line1").s(), optional(a, "line2"), a.get("city").s(),
                optional(a, "postalCode"), optional(a, "region"), a.get("country").s());
        return new Profile(Integer.parseInt(item.get("version").n()), item.get("email").s(), item.get("phone").s(),
                address, optional(item, "nationality"), optional(item, "occupation"),
                Instant.parse(item.get("updatedAt").s()));
    }

    private static Optional<String> optional(Map<String, AttributeValue> map, String name) {
        return Optional.ofNullable(map.get(name)).map(AttributeValue::s);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
