package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.usdtcustody.custody.address.AccountGeneration;
import io.usdtcustody.custody.address.adapter.DynamoDbAccountSeeds;
import io.usdtcustody.custody.address.port.AccountSeeds;
import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11Config;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11SeedVault;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11SessionKeySigner;
import io.usdtcustody.custody.keyvault.port.PinSource;
import io.usdtcustody.custody.keyvault.port.SeedVault;
import io.usdtcustody.custody.keyvault.port.SessionKeySigner;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * HD seeds in the hot HSM token: the seed-wrapping key (created at start if missing, so a custody that cannot
 * reach its HSM fails to start), the signer for sweeps' session keys, the store of wrapped seeds, and account
 * generation. Present when the hot token is configured, like the hot vault itself.
 */
@Factory
@Requires(property = "hsm.hot.token")
public class SeedBeans {

    @Singleton
    @Named("seeds")
    SecureRandom seedRandom() {
        return new SecureRandom();
    }

    /** Eager: the wrapping key exists (or custody fails to start) before any account is generated. */
    @Context
    SeedVault seedVault(@Named("seeds") SecureRandom random, PinSource pins) {
        return Pkcs11SeedVault.open(hotToken(pins), Pkcs11SeedVault.DEFAULT_WRAPPING_KEY, random);
    }

    @Singleton
    SessionKeySigner sessionKeySigner(PinSource pins) {
        return Pkcs11SessionKeySigner.open(hotToken(pins));
    }

    @Singleton
    AccountSeeds accountSeeds(DynamoDbClient dynamoDb, ResourceNaming naming) {
        return new DynamoDbAccountSeeds(dynamoDb, naming.table(ResourceCatalogue.WALLETS));
    }

    @Singleton
    AccountGeneration accountGeneration(SeedVault vault, AccountSeeds seeds, AccountXpubs xpubs,
                                        @Named("seeds") SecureRandom random, Clock clock) {
        return new AccountGeneration(vault, seeds, xpubs, random, clock);
    }

    /** The hot token as the service environment names it (the same token and PIN source the hot vault uses). */
    private static Pkcs11Config hotToken(PinSource pins) {
        return Pkcs11Config.fromEnvironment(System.getenv(), "HSM_HOT_TOKEN", pins);
    }
}
