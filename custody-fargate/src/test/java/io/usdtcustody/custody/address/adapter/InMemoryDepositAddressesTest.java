package io.usdtcustody.custody.address.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.custody.address.port.DepositAddresses;
import io.usdtcustody.model.money.Chain;
import org.junit.jupiter.api.Test;

class InMemoryDepositAddressesTest extends DepositAddressesContract {
    @Override
    protected AccountXpubs newXpubs() {
        return new InMemoryAccountXpubs();
    }

    @Override
    protected DepositAddresses newAddresses(AccountXpubs xpubs, AddressDerivation derivation) {
        return new InMemoryDepositAddresses(xpubs, derivation);
    }

    @Test
    void addressFor_shouldUseTheGivenFunction_whenBuiltWithoutKeys() {
        InMemoryDepositAddresses keyless = new InMemoryDepositAddresses((chain, index) -> chain + "-addr-" + index);

        DepositAddress alice = keyless.addressFor(acme, "alice", Chain.TRON);
        DepositAddress bob = keyless.addressFor(acme, "bob", Chain.TRON);

        assertThat(alice.address()).isEqualTo("TRON-addr-0");
        assertThat(bob.index()).isEqualTo(1);
        assertThat(keyless.lookup(Chain.TRON, "TRON-addr-1")).contains(bob);
    }

    @Test
    void lookup_shouldFindARegisteredAddress_whenRegisteredDirectly() {
        InMemoryDepositAddresses keyless = new InMemoryDepositAddresses((chain, index) -> "unused");
        DepositAddress funded = new DepositAddress(acme, "alice", Chain.ETHEREUM,
                "0x9858EfFD232B4033E47d90003D41EC34EcaEda94", 0);

        keyless.register(funded);

        assertThat(keyless.lookup(Chain.ETHEREUM, "0x9858effd232b4033e47d90003d41ec34ecaeda94")).contains(funded);
        assertThat(keyless.addressFor(acme, "alice", Chain.ETHEREUM)).isEqualTo(funded);
    }
}
