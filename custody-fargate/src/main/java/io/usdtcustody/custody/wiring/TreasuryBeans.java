package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.usdtcustody.custody.approval.port.ApprovalStore;
import io.usdtcustody.custody.approval.port.ApproverRegistry;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11Config;
import io.usdtcustody.custody.keyvault.adapter.Pkcs11KeyVault;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import io.usdtcustody.custody.keyvault.port.PinSource;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.custody.treasury.TreasurySender;
import io.usdtcustody.custody.treasury.TreasuryService;
import io.usdtcustody.custody.treasury.adapter.DynamoDbTreasuryMoves;
import io.usdtcustody.custody.treasury.port.TreasuryMoves;
import io.usdtcustody.custody.wallet.HotWallets;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.ids.IdGenerator;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import io.usdtcustody.model.money.Chain;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Hot/cold on Ethereum: present when custody sends on Ethereum and a cold HSM token is configured
 * ({@code HSM_COLD_TOKEN}). The cold wallet's key is generated in the cold token at start and signs only
 * approved, delayed replenishments.
 */
@Factory
@Requires(beans = EthereumTransactionDriver.class)
@Requires(property = "hsm.cold.token")
public class TreasuryBeans {

    @Singleton
    @Named("cold")
    KeyVault coldVault(PinSource pins, Clock clock) {
        return Pkcs11KeyVault.open(Pkcs11Config.fromEnvironment(System.getenv(), "HSM_COLD_TOKEN", pins), clock);
    }

    @Singleton
    @Named("cold-ethereum")
    EthereumAccount coldEthereumAccount(@Named("cold") KeyVault vault) {
        HotWallets cold = HotWallets.cold(vault);
        return new EthereumAccount(cold.wallet(Chain.ETHEREUM).address(), SendingBeans.signer(vault, cold.label(Chain.ETHEREUM)));
    }

    @Singleton
    TreasuryMoves treasuryMoves(DynamoDbClient dynamoDb, ResourceNaming naming) {
        return new DynamoDbTreasuryMoves(dynamoDb, naming.table(ResourceCatalogue.WALLETS));
    }

    @Singleton
    TreasuryService treasuryService(TreasuryMoves moves, ApprovalStore approvals, ApproverRegistry approvers,
                                    AuditLog audit, IdGenerator ids, Clock clock,
                                    @Named("hot-ethereum") EthereumAccount hot, @Named("cold-ethereum") EthereumAccount cold,
                                    @Value("${custody.treasury.hot-max:2000000}") String hotMax,
                                    @Value("${custody.treasury.hot-target:1000000}") String hotTarget,
                                    @Value("${custody.treasury.replenish-approvals:2}") int approvals2,
                                    @Value("${custody.treasury.replenish-delay:24h}") Duration delay) {
        Asset usdt = Asset.USDT_ETHEREUM;
        return new TreasuryService(new TreasuryService.Settings(usdt, hot.address(), cold.address(),
                Amount.parse(hotMax, usdt).minorUnits(), Amount.parse(hotTarget, usdt).minorUnits(), approvals2, delay),
                moves, approvals, approvers, audit, ids, clock);
    }

    @Singleton
    TreasurySender treasurySender(TreasuryService treasury, TreasuryMoves moves, EthereumTransactionDriver driver,
                                  @Named("hot-ethereum") EthereumAccount hot, @Named("cold-ethereum") EthereumAccount cold,
                                  @Value("${usdt.erc20.contract}") String token,
                                  @Value("${custody.withdrawals.gas-limit:100000}") long gasLimit,
                                  Ledger ledger, Clock clock) {
        return new TreasurySender(treasury, moves, driver, hot, cold, token, BigInteger.valueOf(gasLimit), ledger, clock);
    }
}
