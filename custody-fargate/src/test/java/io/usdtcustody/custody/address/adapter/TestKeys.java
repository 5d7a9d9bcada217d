package io.usdtcustody.custody.address.adapter;

import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Keys and tenants for the address tests. Account keys are derived here from seeds, so no xprv is ever
 * written down; the BIP39 test seed ("abandon … about", empty passphrase) gives the well-known BIP44 addresses.
 */
final class TestKeys {
    static final String VECTOR_SEED_HEX = "5eb00bbddcf069084889a8ab9155568165f5c453ccb85e70811aaed6f6da5fc1"
            + "9a5ac40b389cd370d086206dec8aa6c43daea6690f20ad3d8d48b2d2ce9e38e4";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    /** The xpub of {@code m/44'/coin'/0'} of the vector seed. */
    static ExtendedKey vectorAccountXpub(Chain chain) {
        return accountXpub(HexFormat.of().parseHex(VECTOR_SEED_HEX), chain);
    }

    /** The xpub of {@code m/44'/coin'/0'} of a fresh random seed: distinct for every call. */
    static ExtendedKey freshAccountXpub(Chain chain) {
        return accountXpub(freshSeed(), chain);
    }

    /** The private key (xprv) of {@code m/44'/coin'/0'} of a fresh seed; close it after use. */
    static ExtendedKey freshAccountXprv(Chain chain) {
        try (ExtendedKey master = Bip32.masterFromSeed(freshSeed())) {
            return Bip32.derive(master, DerivationPath.parse(chain.bip44AccountPath()));
        }
    }

    /** The xpub of any path of a fresh seed, e.g. to register a node that is not an account node. */
    static ExtendedKey freshXpubAt(String path) {
        try (ExtendedKey master = Bip32.masterFromSeed(freshSeed());
             ExtendedKey node = Bip32.derive(master, DerivationPath.parse(path))) {
            return node.neuter();
        }
    }

    static ExtendedKey accountXpub(byte[] seed, Chain chain) {
        try (ExtendedKey master = Bip32.masterFromSeed(seed);
             ExtendedKey account = Bip32.derive(master, DerivationPath.parse(chain.bip44AccountPath()))) {
            return account.neuter();
        }
    }

    /** A tenant id no earlier test used, for adapters whose table outlives one test. */
    static TenantId freshTenant(String name) {
        return TenantId.of(name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static byte[] freshSeed() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return seed;
    }
}
