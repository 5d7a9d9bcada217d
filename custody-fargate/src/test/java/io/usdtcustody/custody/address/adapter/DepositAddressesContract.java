package io.usdtcustody.custody.address.adapter;

import static io.usdtcustody.custody.address.adapter.TestKeys.freshAccountXpub;
import static io.usdtcustody.custody.address.adapter.TestKeys.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.address.DepositAddress;
import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.custody.address.port.DepositAddresses;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.DerivationException;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link DepositAddresses} adapter must do; run against the in-memory and the DynamoDB adapter. */
abstract class DepositAddressesContract {
    private static final AddressDerivation BIP44 = AddressDerivation.bip44External();

    protected AccountXpubs xpubs;
    protected DepositAddresses addresses;
    protected TenantId acme;
    protected TenantId globex;

    protected abstract AccountXpubs newXpubs();

    protected abstract DepositAddresses newAddresses(AccountXpubs xpubs, AddressDerivation derivation);

    @BeforeEach
    void setUp() {
        xpubs = newXpubs();
        addresses = newAddresses(xpubs, BIP44);
        acme = freshTenant("acme");
        globex = freshTenant("globex");
    }

    private ExtendedKey registerFreshXpub(TenantId tenant, Chain chain) {
        ExtendedKey xpub = freshAccountXpub(chain);
        xpubs.register(tenant, chain, xpub);
        return xpub;
    }

    @ParameterizedTest
    @CsvSource({
            "ETHEREUM, 0x9858EfFD232B4033E47d90003D41EC34EcaEda94",
            "TRON,     TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH",
            "OMNI,     1LqBGSKuX5yYUonjxT5qGfpUsXKYYWeabA"})
    void addressFor_shouldReturnTheBip44VectorAddress_whenTheFirstCustomerAsks(Chain chain, String expected) {
        xpubs.register(acme, chain, TestKeys.vectorAccountXpub(chain));

        DepositAddress address = addresses.addressFor(acme, "alice", chain);

        assertThat(address).isEqualTo(new DepositAddress(acme, "alice", chain, expected, 0));
    }

    @Test
    void addressFor_shouldReturnTheSameAddress_whenTheSameCustomerAsksTwice() {
        registerFreshXpub(acme, Chain.ETHEREUM);

        DepositAddress first = addresses.addressFor(acme, "alice", Chain.ETHEREUM);
        DepositAddress second = addresses.addressFor(acme, "alice", Chain.ETHEREUM);

        assertThat(second).isEqualTo(first);
        assertThat(addresses.addressFor(acme, "bob", Chain.ETHEREUM).index()).isEqualTo(1);
    }

    @Test
    void addressFor_shouldDeriveConsecutiveIndexesFromTheXpub_whenNewCustomersAsk() {
        ExtendedKey xpub = registerFreshXpub(acme, Chain.TRON);

        for (int i = 0; i < 5; i++) {
            DepositAddress address = addresses.addressFor(acme, "customer-" + i, Chain.TRON);

            assertThat(address.index()).isEqualTo(i);
            assertThat(address.address()).isEqualTo(BIP44.address(xpub, Chain.TRON, i));
        }
    }

    @Test
    void addressFor_shouldAllocatePerChain_whenOneCustomerAsksOnTwoChains() {
        registerFreshXpub(acme, Chain.ETHEREUM);
        registerFreshXpub(acme, Chain.OMNI);
        addresses.addressFor(acme, "bob", Chain.ETHEREUM);

        DepositAddress ethereum = addresses.addressFor(acme, "alice", Chain.ETHEREUM);
        DepositAddress omni = addresses.addressFor(acme, "alice", Chain.OMNI);

        assertThat(ethereum.index()).isEqualTo(1);
        assertThat(omni.index()).isZero();
        assertThat(omni.address()).startsWith("1");
        assertThat(addresses.lookup(Chain.OMNI, omni.address())).contains(omni);
    }

    @Test
    void addressFor_shouldKeepTenantsApart_whenTwoTenantsHaveACustomerWithTheSameId() {
        registerFreshXpub(acme, Chain.ETHEREUM);
        registerFreshXpub(globex, Chain.ETHEREUM);

        DepositAddress atAcme = addresses.addressFor(acme, "alice", Chain.ETHEREUM);
        DepositAddress atGlobex = addresses.addressFor(globex, "alice", Chain.ETHEREUM);

        assertThat(atAcme.index()).isZero();
        assertThat(atGlobex.index()).isZero();
        assertThat(atAcme.address()).isNotEqualTo(atGlobex.address());
        assertThat(addresses.lookup(Chain.ETHEREUM, atAcme.address())).map(DepositAddress::tenant).contains(acme);
        assertThat(addresses.lookup(Chain.ETHEREUM, atGlobex.address())).map(DepositAddress::tenant).contains(globex);
    }

    @Test
    void addressFor_shouldFailWithNotFoundAndUseNoIndex_whenNoXpubIsRegisteredForTheChain() {
        registerFreshXpub(acme, Chain.ETHEREUM);

        assertThatThrownBy(() -> addresses.addressFor(acme, "alice", Chain.TRON))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.detail()).contains("no account xpub").contains(acme.value()).contains("TRON");
                });
        assertThatThrownBy(() -> addresses.addressFor(globex, "alice", Chain.ETHEREUM))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));

        registerFreshXpub(acme, Chain.TRON);
        assertThat(addresses.addressFor(acme, "alice", Chain.TRON).index()).isZero();
    }

    @Test
    void addressFor_shouldSkipToTheNextIndex_whenDerivationHitsAnInvalidChild() {
        ExtendedKey xpub = registerFreshXpub(acme, Chain.ETHEREUM);
        DepositAddresses skipping = newAddresses(xpubs, (key, chain, index) -> {
            if (index == 0 || index == 2) {
                throw new DerivationException(DerivationException.Reason.INVALID_CHILD, "invalid child " + index);
            }
            return BIP44.address(key, chain, index);
        });

        DepositAddress alice = skipping.addressFor(acme, "alice", Chain.ETHEREUM);
        DepositAddress bob = skipping.addressFor(acme, "bob", Chain.ETHEREUM);

        assertThat(alice.index()).isEqualTo(1);
        assertThat(alice.address()).isEqualTo(BIP44.address(xpub, Chain.ETHEREUM, 1));
        assertThat(bob.index()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void addressFor_shouldRejectWithValidationFailed_whenTheCustomerIdIsBlank(String customerId) {
        registerFreshXpub(acme, Chain.ETHEREUM);

        assertThatThrownBy(() -> addresses.addressFor(acme, customerId, Chain.ETHEREUM))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void lookup_shouldNameTheOwner_whenTheAddressWasHandedOut() {
        registerFreshXpub(acme, Chain.TRON);
        DepositAddress alice = addresses.addressFor(acme, "alice", Chain.TRON);
        DepositAddress bob = addresses.addressFor(acme, "bob", Chain.TRON);

        assertThat(addresses.lookup(Chain.TRON, alice.address())).contains(alice);
        assertThat(addresses.lookup(Chain.TRON, bob.address())).contains(bob);
    }

    @Test
    void lookup_shouldFindTheAddress_whenAnEthereumAddressIsWrittenInLowerCase() {
        registerFreshXpub(acme, Chain.ETHEREUM);
        DepositAddress alice = addresses.addressFor(acme, "alice", Chain.ETHEREUM);

        assertThat(addresses.lookup(Chain.ETHEREUM, alice.address().toLowerCase(Locale.ROOT))).contains(alice);
    }

    @Test
    void lookup_shouldReturnEmpty_whenTheAddressIsValidButNotOurs() {
        ExtendedKey xpub = registerFreshXpub(acme, Chain.ETHEREUM);
        addresses.addressFor(acme, "alice", Chain.ETHEREUM);

        IntStream.of(1, 7).forEach(unallocated -> assertThat(
                addresses.lookup(Chain.ETHEREUM, BIP44.address(xpub, Chain.ETHEREUM, unallocated))).isEmpty());
        assertThat(addresses.lookup(Chain.ETHEREUM, "0x0000000000000000000000000000000000000001")).isEmpty();
    }

    @Test
    void lookup_shouldReturnEmpty_whenTheAddressIsInvalidForTheChain() {
        registerFreshXpub(acme, Chain.ETHEREUM);
        DepositAddress alice = addresses.addressFor(acme, "alice", Chain.ETHEREUM);

        assertThat(addresses.lookup(Chain.TRON, alice.address())).isEmpty();
        assertThat(addresses.lookup(Chain.OMNI, alice.address())).isEmpty();
        assertThat(addresses.lookup(Chain.ETHEREUM, "not-an-address")).isEmpty();
        assertThat(addresses.lookup(Chain.ETHEREUM, "")).isEmpty();
        assertThat(addresses.lookup(Chain.ETHEREUM, "0x9858efFD232B4033E47d90003D41EC34EcaEda94"))
                .as("EIP-55 checksum broken").isEmpty();
    }
}
