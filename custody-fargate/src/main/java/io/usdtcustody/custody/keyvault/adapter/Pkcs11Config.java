package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.port.PinSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How to reach one HSM token through SunPKCS11: the vendor's PKCS#11 library, the token's label, optionally
 * its index in the library's slot list, where its PIN comes from, and how many signatures may be in flight
 * at once (further requests wait up to {@code signerWait}, then fail with {@code UNAVAILABLE}).
 *
 * <p>Without {@code slotListIndex} the slot is found by token label, which needs the JVM option
 * {@code --add-exports=jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED} (JDK 17's SunPKCS11 has
 * no {@code tokenLabel} setting). SoftHSM2 numbers its slots at random, so locally the label is the way;
 * CloudHSM has exactly one slot, so there {@code slotListIndex = 0} needs no option.
 *
 * <p>Holds the PIN source, never a PIN: printing this record is safe.
 */
public record Pkcs11Config(Path library, String tokenLabel, OptionalInt slotListIndex, PinSource pinSource,
                           int maxConcurrentSigners, Duration signerWait) {
    public static final int DEFAULT_MAX_CONCURRENT_SIGNERS = 8;
    public static final Duration DEFAULT_SIGNER_WAIT = Duration.ofSeconds(10);

    public static final String LIBRARY_VARIABLE = "PKCS11_LIBRARY";
    public static final String SLOT_LIST_INDEX_VARIABLE = "HSM_SLOT_LIST_INDEX";
    public static final String MAX_CONCURRENT_SIGNERS_VARIABLE = "HSM_MAX_CONCURRENT_SIGNERS";

    public Pkcs11Config {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(tokenLabel, "tokenLabel");
        Objects.requireNonNull(slotListIndex, "slotListIndex");
        Objects.requireNonNull(pinSource, "pinSource");
        Objects.requireNonNull(signerWait, "signerWait");
        if (tokenLabel.isBlank() || tokenLabel.length() > 32) {
            throw new IllegalArgumentException("a PKCS#11 token label is 1-32 characters");
        }
        if (slotListIndex.isPresent() && slotListIndex.getAsInt() < 0) {
            throw new IllegalArgumentException("slotListIndex must not be negative");
        }
        if (maxConcurrentSigners < 1 || maxConcurrentSigners > 256) {
            throw new IllegalArgumentException("maxConcurrentSigners must be 1..256");
        }
        if (signerWait.isNegative()) {
            throw new IllegalArgumentException("signerWait must not be negative");
        }
    }

    /** The token found by label, with the default signer limits. */
    public static Pkcs11Config forToken(Path library, String tokenLabel, PinSource pinSource) {
        return new Pkcs11Config(library, tokenLabel, OptionalInt.empty(), pinSource, DEFAULT_MAX_CONCURRENT_SIGNERS,
                DEFAULT_SIGNER_WAIT);
    }

    /**
     * The token named by {@code tokenVariable} (e.g. {@code HSM_HOT_TOKEN}) from the service environment:
     * {@code PKCS11_LIBRARY}, optional {@code HSM_SLOT_LIST_INDEX} and {@code HSM_MAX_CONCURRENT_SIGNERS},
     * PINs from {@code pinSource}.
     */
    public static Pkcs11Config fromEnvironment(Map<String, String> environment, String tokenVariable,
                                               PinSource pinSource) {
        String library = required(environment, LIBRARY_VARIABLE);
        String token = required(environment, tokenVariable);
        String index = environment.get(SLOT_LIST_INDEX_VARIABLE);
        String signers = environment.get(MAX_CONCURRENT_SIGNERS_VARIABLE);
        OptionalInt slotListIndex = index == null || index.isBlank()
                ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(index.strip()));
        int maxSigners = signers == null || signers.isBlank()
                ? DEFAULT_MAX_CONCURRENT_SIGNERS : Integer.parseInt(signers.strip());
        return new Pkcs11Config(Path.of(library), token, slotListIndex, pinSource, maxSigners, DEFAULT_SIGNER_WAIT);
    }

    public Pkcs11Config withSlotListIndex(int index) {
        return new Pkcs11Config(library, tokenLabel, OptionalInt.of(index), pinSource, maxConcurrentSigners,
                signerWait);
    }

    public Pkcs11Config withSigners(int maxConcurrent, Duration wait) {
        return new Pkcs11Config(library, tokenLabel, slotListIndex, pinSource, maxConcurrent, wait);
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw KeyVaultException.unavailable(name + " is not set", null);
        }
        return value.strip();
    }
}
