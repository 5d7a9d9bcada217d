package io.usdtcustody.custody.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.signing.RecoverableSignature;
import io.usdtcustody.model.address.ChainAddress;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/** The deposit key: signs for exactly the address the xpub gives, audits, wipes, and refuses otherwise. */
class DepositKeysTest extends SweepFixtures {

    @Test
    void sign_shouldRecoverToTheDepositAddress_forEveryIndex() {
        for (String customer : new String[] {"alice", "bob", "carol"}) {
            DepositAddress address = address(customer);
            byte[] digest = randomBytes(32);

            RecoverableSignature signature = keys.sign(address, digest, "test");

            BigInteger recovered = Sign.recoverFromSignature(signature.recoveryId(),
                    new ECDSASignature(signature.r(), signature.s()), digest);
            byte[] publicKey = Numeric.toBytesPadded(recovered, 64);
            byte[] uncompressed = new byte[65];
            uncompressed[0] = 0x04;
            System.arraycopy(publicKey, 0, uncompressed, 1, 64);
            assertThat(ChainAddress.fromPublicKey(Chain.ETHEREUM, uncompressed)).isEqualTo(address.address());
        }
        assertThat(audit.ofType("signature.created")).hasSize(3);
        assertThat(vault.unwraps()).as("the seed is opened per signature, never kept").isGreaterThanOrEqualTo(3);
        assertThat(sessionKeys.givenKeys()).allSatisfy(key -> assertThat(key).containsOnly(0));
    }

    @Test
    void sign_shouldRefuseAndAuditNothing_whenTheSeedDoesNotDeriveTheAddress() {
        DepositAddress real = address("alice");
        DepositAddress forged = new DepositAddress(tenant, "alice", Chain.ETHEREUM, "0x" + "ef".repeat(20), real.index());

        PlatformException refused = catchThrowableOfType(PlatformException.class,
                () -> keys.sign(forged, randomBytes(32), "test"));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.INTERNAL);
        assertThat(audit.ofType("signature.created")).isEmpty();
        assertThat(sessionKeys.givenKeys()).isEmpty();
    }

    @Test
    void sign_shouldBeNotFound_whenCustodyHoldsNoSeedForTheTenant() {
        DepositAddress external = new DepositAddress(TenantId.of("other"), "bob", Chain.ETHEREUM, "0x" + "cd".repeat(20), 0);

        assertThat(keys.sweepable(external.tenant(), Chain.ETHEREUM)).isFalse();
        assertThat(catchThrowableOfType(PlatformException.class, () -> keys.sign(external, randomBytes(32), "test"))
                .errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
