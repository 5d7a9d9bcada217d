package io.usdtcustody.localcloud.gateway.auth;

import io.usdtcustody.model.catalogue.ApiSpec;
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
 * Keys are issued here (random, 40 characters, like API Gateway's) or registered with a given value.
 */
public final class ApiKeys {
    /** API Gateway accepts imported keys of at least 20 characters. */
    public static final int MIN_KEY_LENGTH = 20;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final ApiSpec api;
    private final SecureRandom random;
    private final Map<String, PartnerKey> byDigest = new ConcurrentHashMap<>();

    public ApiKeys(ApiSpec api, SecureRandom random) {
        this.api = Objects.requireNonNull(api, "api");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Creates a key for a tenant on a catalogue usage plan; returns the key's value, shown only this once. */
    public String issue(String keyId, TenantId tenant, String usagePlan) {
        char[] value = new char[40];
        for (int i = 0; i < value.length; i++) {
            value[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        String key = new String(value);
        register(key, new PartnerKey(keyId, tenant, usagePlan));
        return key;
    }

    /** Registers a key with a known value (e.g. from a local configuration file). */
    public void register(String value, PartnerKey key) {
        Objects.requireNonNull(key, "key");
        if (value == null || value.length() < MIN_KEY_LENGTH || value.length() > 128) {
            throw new IllegalArgumentException("an API key is " + MIN_KEY_LENGTH + "-128 characters");
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
        if (presented == null || presented.isEmpty() || presented.length() > 128) {
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
