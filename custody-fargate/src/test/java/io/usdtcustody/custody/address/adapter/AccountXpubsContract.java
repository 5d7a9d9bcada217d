package io.usdtcustody.custody.address.adapter;

import static io.usdtcustody.custody.address.adapter.TestKeys.freshAccountXpub;
import static io.usdtcustody.custody.address.adapter.TestKeys.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link AccountXpubs} adapter must do; run against the in-memory and the DynamoDB adapter. */
abstract class AccountXpubsContract {
    protected AccountXpubs xpubs;
    protected TenantId acme;
    protected TenantId globex;

    protected abstract AccountXpubs newXpubs();

    @BeforeEach
    void setUp() {
        xpubs = newXpubs();
        acme = freshTenant("acme");
        globex = freshTenant("globex");
    }

    @Test
    void find_shouldReturnEmpty_whenNoXpubIsRegistered() {
        assertThat(xpubs.find(acme, Chain.ETHEREUM)).isEmpty();
    }

    @Test
    void register_shouldMakeTheXpubFindable_whenItIsAPublicAccountNode() {
        ExtendedKey xpub = freshAccountXpub(Chain.ETHEREUM);

        xpubs.register(acme, Chain.ETHEREUM, xpub);

        assertThat(xpubs.find(acme, Chain.ETHEREUM)).hasValueSatisfying(found -> {
            assertThat(found.isPrivate()).isFalse();
            assertThat(found.toXpub()).isEqualTo(xpub.toXpub());
        });
        assertThat(xpubs.find(acme, Chain.TRON)).isEmpty();
        assertThat(xpubs.find(globex, Chain.ETHEREUM)).isEmpty();
    }

    @Test
    void find_shouldHandOutAFreshCopy_whenTheCallerDestroysTheKeyItGot() {
        ExtendedKey xpub = freshAccountXpub(Chain.TRON);
        xpubs.register(acme, Chain.TRON, xpub);

        xpubs.find(acme, Chain.TRON).orElseThrow().destroy();

        assertThat(xpubs.find(acme, Chain.TRON).orElseThrow().toXpub()).isEqualTo(xpub.toXpub());
    }

    @Test
    void register_shouldRejectWithValidationFailed_whenGivenAPrivateKey() {
        try (ExtendedKey xprv = TestKeys.freshAccountXprv(Chain.ETHEREUM)) {
            String secret = xprv.toXprv();

            assertThatThrownBy(() -> xpubs.register(acme, Chain.ETHEREUM, xprv))
                    .isInstanceOfSatisfying(PlatformException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                        assertThat(e.detail()).contains("xprv").doesNotContain(secret);
                    });
            assertThat(xpubs.find(acme, Chain.ETHEREUM)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"m", "m/44'/60'", "m/44'/60'/1'", "m/44'/60'/0'/0", "m/44'/60'/0'/0/0"})
    void register_shouldRejectWithValidationFailed_whenTheKeyIsNotABip44AccountNode(String path) {
        ExtendedKey notAnAccount = TestKeys.freshXpubAt(path);

        assertThatThrownBy(() -> xpubs.register(acme, Chain.ETHEREUM, notAnAccount))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThat(xpubs.find(acme, Chain.ETHEREUM)).isEmpty();
    }

    @Test
    void register_shouldDoNothing_whenTheSameXpubIsRegisteredAgain() {
        ExtendedKey xpub = freshAccountXpub(Chain.ETHEREUM);
        xpubs.register(acme, Chain.ETHEREUM, xpub);

        xpubs.register(acme, Chain.ETHEREUM, xpub);
        xpubs.register(acme, Chain.ETHEREUM, ExtendedKey.parse(xpub.toXpub()));

        assertThat(xpubs.find(acme, Chain.ETHEREUM).orElseThrow().toXpub()).isEqualTo(xpub.toXpub());
    }

    @Test
    void register_shouldFailWithConflictAndKeepTheFirst_whenADifferentXpubIsRegisteredForTheSameTenantAndChain() {
        ExtendedKey first = freshAccountXpub(Chain.ETHEREUM);
        xpubs.register(acme, Chain.ETHEREUM, first);

        assertThatThrownBy(() -> xpubs.register(acme, Chain.ETHEREUM, freshAccountXpub(Chain.ETHEREUM)))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.detail()).contains("different account xpub is already registered")
                            .contains(acme.value()).contains("ETHEREUM");
                });
        assertThat(xpubs.find(acme, Chain.ETHEREUM).orElseThrow().toXpub()).isEqualTo(first.toXpub());
    }

    @Test
    void register_shouldFailWithConflict_whenTheXpubIsAlreadyRegisteredForAnotherTenant() {
        ExtendedKey xpub = freshAccountXpub(Chain.ETHEREUM);
        xpubs.register(acme, Chain.ETHEREUM, xpub);

        assertThatThrownBy(() -> xpubs.register(globex, Chain.ETHEREUM, xpub))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.detail()).doesNotContain(acme.value());
                });
        assertThat(xpubs.find(globex, Chain.ETHEREUM)).isEmpty();
    }

    @Test
    void register_shouldFailWithConflict_whenTheXpubIsAlreadyRegisteredForAnotherChain() {
        ExtendedKey xpub = freshAccountXpub(Chain.ETHEREUM);
        xpubs.register(acme, Chain.ETHEREUM, xpub);

        assertThatThrownBy(() -> xpubs.register(acme, Chain.TRON, xpub))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(xpubs.find(acme, Chain.TRON)).isEmpty();
    }

    @Test
    void register_shouldKeepEachTenantAndChainApart_whenEachHasItsOwnXpub() {
        ExtendedKey acmeEthereum = freshAccountXpub(Chain.ETHEREUM);
        ExtendedKey acmeTron = freshAccountXpub(Chain.TRON);
        ExtendedKey globexEthereum = freshAccountXpub(Chain.ETHEREUM);

        xpubs.register(acme, Chain.ETHEREUM, acmeEthereum);
        xpubs.register(acme, Chain.TRON, acmeTron);
        xpubs.register(globex, Chain.ETHEREUM, globexEthereum);

        assertThat(xpubs.find(acme, Chain.ETHEREUM).orElseThrow().toXpub()).isEqualTo(acmeEthereum.toXpub());
        assertThat(xpubs.find(acme, Chain.TRON).orElseThrow().toXpub()).isEqualTo(acmeTron.toXpub());
        assertThat(xpubs.find(globex, Chain.ETHEREUM).orElseThrow().toXpub()).isEqualTo(globexEthereum.toXpub());
        assertThat(xpubs.find(globex, Chain.OMNI)).isEmpty();
    }
}
