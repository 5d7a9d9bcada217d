package io.usdtcustody.custody.chain.tron;

import io.usdtcustody.custody.signing.DigestSigner;
import io.usdtcustody.custody.signing.RecoverableSignature;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import java.math.BigInteger;
import java.util.HexFormat;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * A software {@link DigestSigner} for tests, doing what the HSM key vault does: an RFC 6979 deterministic,
 * low-s signature (web3j's {@code ECKeyPair#sign}), and the recovery id found outside the signer by recovering
 * against the key's public key. Only ever holds the published BIP39 test mnemonic's keys.
 */
final class TestKeySigner implements DigestSigner {
    /** BIP39 seed of "abandon abandon … abandon about", empty passphrase (published test data). */
    static final String ABANDON_ABOUT_SEED = "5eb00bbddcf069084889a8ab9155568165f5c453ccb85e70811aaed6f6da5fc1"
            + "9a5ac40b389cd370d086206dec8aa6c43daea6690f20ad3d8d48b2d2ce9e38e4";
    /** Its TRON address at m/44'/195'/0'/0/0 (as wallets and this repository's CLI tests derive it). */
    static final String FIRST_TRON_ADDRESS = "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH";

    private final ECKeyPair keys;

    private TestKeySigner(ECKeyPair keys) {
        this.keys = keys;
    }

    /** The key at {@code m/44'/195'/0'/0/index} of the published test seed. */
    static TestKeySigner tronAccount(int index) {
        try (ExtendedKey root = Bip32.masterFromSeed(HexFormat.of().parseHex(ABANDON_ABOUT_SEED));
             ExtendedKey key = Bip32.derive(root, DerivationPath.parse("m/44'/195'/0'/0/" + index))) {
            return new TestKeySigner(ECKeyPair.create(new BigInteger(1, key.privateKeyBytes())));
        }
    }

    @Override
    public RecoverableSignature sign(byte[] digest32) {
        ECDSASignature signature = keys.sign(digest32);
        for (int recoveryId = 0; recoveryId < 2; recoveryId++) {
            if (keys.getPublicKey().equals(Sign.recoverFromSignature(recoveryId, signature, digest32))) {
                return new RecoverableSignature(signature.r, signature.s, recoveryId);
            }
        }
        throw new IllegalStateException("no recovery id reproduces the key");
    }
}
