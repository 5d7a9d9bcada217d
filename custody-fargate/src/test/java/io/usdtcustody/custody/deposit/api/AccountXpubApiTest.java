package io.usdtcustody.custody.deposit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.usdtcustody.custody.address.AccountGeneration;
import io.usdtcustody.custody.address.adapter.InMemoryAccountSeeds;
import io.usdtcustody.custody.address.adapter.InMemoryAccountXpubs;
import io.usdtcustody.custody.address.adapter.InMemoryDepositAddresses;
import io.usdtcustody.custody.keyvault.adapter.InMemorySeedVault;
import io.usdtcustody.model.errors.ErrorCode;
import io.usdtcustody.model.errors.PlatformException;
import io.usdtcustody.model.hd.Bip32;
import io.usdtcustody.model.hd.DerivationPath;
import io.usdtcustody.model.hd.ExtendedKey;
import io.usdtcustody.model.json.JsonCodec;
import io.usdtcustody.model.money.Chain;
import io.usdtcustody.model.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/account-xpubs/{chain}/generate} and its neighbours, called directly (no server). */
class AccountXpubApiTest {
    private static final JsonCodec CODEC = new JsonCodec();
    private final InMemoryAccountXpubs xpubs = new InMemoryAccountXpubs();
    private final AccountGeneration generation = new AccountGeneration(new InMemorySeedVault(new SecureRandom()),
            new InMemoryAccountSeeds(), xpubs, new SecureRandom(), Clock.systemUTC());
    private final DepositAddressController controller = new DepositAddressController(
            new InMemoryDepositAddresses(xpubs), xpubs, CODEC, generation);

    @Test
    void generate_shouldAnswer201ThenTheSameXpubWith200_andAddressesDeriveFromIt() {
        HttpResponse<byte[]> created = controller.generateXpub("acme", "k1", "ethereum");
        HttpResponse<byte[]> again = controller.generateXpub("acme", "k2", "ETHEREUM");

        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(again.code()).isEqualTo(HttpStatus.OK.getCode());
        JsonNode body = CODEC.readTree(created.body());
        assertThat(body.get("xpub").asText()).startsWith("xpub").isEqualTo(CODEC.readTree(again.body()).get("xpub").asText());
        assertThat(body.get("accountPath").asText()).isEqualTo("m/44'/60'/0'");
        assertThat(body.get("created").asBoolean()).isTrue();
        assertThat(body.get("custodyHoldsSeed").asBoolean()).isTrue();
        assertThat(new String(created.body(), StandardCharsets.UTF_8)).doesNotContain("xprv");
        HttpResponse<byte[]> address = controller.addressFor("acme", "a1", "alice", "ethereum");
        assertThat(CODEC.readTree(address.body()).get("address").asText()).startsWith("0x");
    }

    @Test
    void generate_shouldBeAConflictThatSaysCustodyCannotSweep_whenTheTenantRegisteredItsOwnXpub() {
        controller.registerXpub("acme", "ethereum", ("{\"xpub\":\"" + externalXpub() + "\"}").getBytes(StandardCharsets.UTF_8));

        PlatformException refused = catchThrowableOfType(PlatformException.class,
                () -> controller.generateXpub("acme", "k1", "ethereum"));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(refused.detail()).contains("cannot", "sweep");
    }

    @Test
    void generate_shouldRefuseBadInput_withStableCodes() {
        assertThat(code(() -> controller.generateXpub(null, "k1", "ethereum"))).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(code(() -> controller.generateXpub("acme", null, "ethereum"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(code(() -> controller.generateXpub("acme", "k1", "dogecoin"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(xpubs.find(TenantId.of("acme"), Chain.ETHEREUM)).isEmpty();
    }

    @Test
    void generate_shouldBeUnavailable_whenCustodyHasNoHsm() {
        DepositAddressController withoutHsm = new DepositAddressController(new InMemoryDepositAddresses(xpubs), xpubs,
                CODEC, null);

        assertThat(code(() -> withoutHsm.generateXpub("acme", "k1", "ethereum"))).isEqualTo(ErrorCode.UNAVAILABLE);
    }

    private static ErrorCode code(Runnable call) {
        return catchThrowableOfType(PlatformException.class, call::run).errorCode();
    }

    private static String externalXpub() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        try (ExtendedKey master = Bip32.masterFromSeed(seed);
             ExtendedKey account = Bip32.derive(master, DerivationPath.parse("m/44'/60'/0'"))) {
            return account.toXpub();
        }
    }
}
