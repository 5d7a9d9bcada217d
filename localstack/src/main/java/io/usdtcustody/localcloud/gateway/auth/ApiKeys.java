package io.usdtcustody.localcloud.gateway.auth;

import io.usdtcustody.model.catalogue.ApiSpec;
import io.usdtcustody.model.tenancy.PartnerKeyFormat;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partner API keys the gateway accepts, each bound to a tenant and a usage plan of the catalogue. Only a
 * SHA-256 of each key is held, so the table never holds a usable key, and a lookup compares digests.
 * Keys have the shape they have in AWS ({@link PartnerKeyFormat}: {@code <tenant>.<secret>}, where the deployed
 * authorizer reads the tenant from the key), so a partner's client works the same against both: issued here, or
 * registered with a given value whose tenant part must be the key's tenant.
 */
public final class ApiKeys {
    private final ApiSpec api;
    private final SecureRandom random;
    private final Map<String, PartnerKey> byDigest = new ConcurrentHashMap<>();

    public ApiKeys(ApiSpec api, SecureRandom random) {
        this.api = Objects.requireNonNull(api, "api");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Creates a key for a tenant on a catalogue usage plan; returns the key's value, shown only this once. */
    public String issue(String keyId, TenantId tenant, String usagePlan) {
        String key = PartnerKeyFormat.issue(tenant, random);
        register(key, new PartnerKey(keyId, tenant, usagePlan));
        return key;
    }

    /** Registers a key with a known value (e.g. from a local configuration file). */
    public void register(String value, PartnerKey key) {
        Objects.requireNonNull(key, "key");
        if (!PartnerKeyFormat.tenantOf(value).equals(Optional.of(key.tenant()))) {
            throw new IllegalArgumentException("a partner key is <tenant>.<secret> with its own tenant first and a secret of "
                    + PartnerKeyFormat.MIN_SECRET_LENGTH + "+ letters and digits, at most " + PartnerKeyFormat.MAX_LENGTH
                    + " characters (key id " + key.keyId() + ")");
        }
        api.usagePlan(key.usagePlan());
        if (byDigest.values().stream().anyMatch(existing -> existing.keyId().equals(key.keyId()))) {
            throw new IllegalArgumentException("key id already registered: " + key.keyId());
        }
        if (byDigest.putIfAbsent(digest(value), key) != null) {
            throw new IllegalArgumentException("this key value is already registered");
        }
    }

    /** The partner key a presented value belongs to, if any. */
    public Optional<PartnerKey> find(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > PartnerKeyFormat.MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDigest.get(digest(presented)));
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
