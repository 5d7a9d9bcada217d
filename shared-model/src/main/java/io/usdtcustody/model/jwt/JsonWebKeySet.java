package io.usdtcustody.model.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issuer's JWKS (RFC 7517) reduced to what verification needs: signing keys by {@code kid}. EC keys must be
 * P-256 (ES256) and RSA keys at least {@value #MIN_RSA_BITS} bits (RS256); a key's algorithm is its {@code alg}
 * member or, when absent, the one its type allows. Encryption keys, other curves and key types are skipped, not
 * guessed at. A document is read only up to {@value #MAX_KEYS} usable keys, so a set's size is bounded.
 */
public final class JsonWebKeySet {
    public static final int MIN_RSA_BITS = 2048;
    public static final int MAX_KEYS = 32;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, VerificationKey> byKid;

    private JsonWebKeySet(Map<String, VerificationKey> byKid) {
        // insertion order kept, so a published set lists its keys in the order they were given
        this.byKid = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKid));
    }

    /** A set of given keys; a {@code kid} used twice is an error. */
    public static JsonWebKeySet of(List<VerificationKey> keys) {
        Map<String, VerificationKey> byKid = new LinkedHashMap<>();
        for (VerificationKey key : keys) {
            if (byKid.putIfAbsent(key.kid(), key) != null) {
                throw new IllegalArgumentException("kid used twice: " + key.kid());
            }
        }
        return new JsonWebKeySet(byKid);
    }

    /** Parses a JWKS document: one that is not a key set is an error, a key that cannot be used is skipped. */
    public static JsonWebKeySet parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the JWKS is not JSON");
        }
        if (root == null || !root.path("keys").isArray()) {
            throw new IllegalArgumentException("the JWKS has no keys array");
        }
        Map<String, VerificationKey> byKid = new LinkedHashMap<>();
        for (JsonNode jwk : root.get("keys")) {
            if (byKid.size() == MAX_KEYS) {
                break;
            }
            toKey(jwk).ifPresent(key -> byKid.putIfAbsent(key.kid(), key));
        }
        return new JsonWebKeySet(byKid);
    }

    public Optional<VerificationKey> key(String kid) {
        return Optional.ofNullable(byKid.get(kid));
    }

    public int size() {
        return byKid.size();
    }

    /** The public JWKS document, as an identity provider publishes it. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode keys = root.putArray("keys");
        for (VerificationKey key : byKid.values()) {
            ObjectNode jwk = keys.addObject().put("kid", key.kid()).put("alg", key.algorithm().name()).put("use", "sig");
            if (key.key() instanceof ECPublicKey ec) {
                jwk.put("kty", "EC").put("crv", "P-256")
                        .put("x", Base64Url.encode(Base64Url.unsigned(ec.getW().getAffineX(), 32)))
                        .put("y", Base64Url.encode(Base64Url.unsigned(ec.getW().getAffineY(), 32)));
            } else if (key.key() instanceof RSAPublicKey rsa) {
                jwk.put("kty", "RSA")
                        .put("n", Base64Url.encode(Base64Url.unsigned(rsa.getModulus(), (rsa.getModulus().bitLength() + 7) / 8)))
                        .put("e", Base64Url.encode(Base64Url.unsigned(rsa.getPublicExponent(),
                                (rsa.getPublicExponent().bitLength() + 7) / 8)));
            }
        }
        return root.toString();
    }

    private static Optional<VerificationKey> toKey(JsonNode jwk) {
        String kid = jwk.path("kid").isTextual() ? jwk.get("kid").textValue() : "";
        String kty = jwk.path("kty").asText("");
        String use = jwk.path("use").asText("sig");
        if (kid.isEmpty() || !"sig".equals(use)) {
            return Optional.empty();
        }
        JwsAlgorithm algorithm = jwk.hasNonNull("alg")
                ? JwsAlgorithm.fromHeader(jwk.get("alg").asText()).orElse(null)
                : "EC".equals(kty) ? JwsAlgorithm.ES256 : "RSA".equals(kty) ? JwsAlgorithm.RS256 : null;
        if (algorithm == null || !algorithm.keyType().equals(kty)) {
            return Optional.empty();
        }
        try {
            PublicKey key = algorithm == JwsAlgorithm.ES256 ? ecKey(jwk) : rsaKey(jwk);
            return key == null ? Optional.empty() : Optional.of(new VerificationKey(kid, algorithm, key));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static PublicKey ecKey(JsonNode jwk) throws GeneralSecurityException {
        if (!"P-256".equals(jwk.path("crv").asText())) {
            return null;
        }
        byte[] x = Base64Url.decode(jwk.path("x").asText());
        byte[] y = Base64Url.decode(jwk.path("y").asText());
        if (x.length != 32 || y.length != 32) {
            return null;
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec p256 = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(new BigInteger(1, x), new BigInteger(1, y));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, p256));
    }

    private static PublicKey rsaKey(JsonNode jwk) throws GeneralSecurityException {
        BigInteger modulus = new BigInteger(1, Base64Url.decode(jwk.path("n").asText()));
        BigInteger exponent = new BigInteger(1, Base64Url.decode(jwk.path("e").asText()));
        if (modulus.bitLength() < MIN_RSA_BITS || exponent.signum() <= 0 || !exponent.testBit(0)) {
            return null;
        }
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }
}
