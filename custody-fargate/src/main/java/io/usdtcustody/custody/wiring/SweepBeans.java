package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.usdtcustody.custody.address.port.AccountSeeds;
import io.usdtcustody.custody.audit.port.AuditLog;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumNode;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver;
import io.usdtcustody.custody.deposit.port.DepositFollowUp;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import io.usdtcustody.custody.keyvault.port.SeedVault;
import io.usdtcustody.custody.keyvault.port.SessionKeySigner;
import io.usdtcustody.custody.ledger.port.Ledger;
import io.usdtcustody.custody.sweep.DepositKeys;
import io.usdtcustody.custody.sweep.DepositSweeper;
import io.usdtcustody.custody.sweep.GasStation;
import io.usdtcustody.custody.sweep.SweepBooking;
import io.usdtcustody.custody.sweep.SweepFollowUp;
import io.usdtcustody.custody.sweep.SweepPlanner;
import io.usdtcustody.custody.sweep.SweepSettings;
import io.usdtcustody.custody.sweep.adapter.DynamoDbSweepStore;
import io.usdtcustody.custody.sweep.adapter.EthereumSweepChain;
import io.usdtcustody.custody.sweep.port.SweepChain;
import io.usdtcustody.custody.sweep.port.SweepStore;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.ids.IdGenerator;
import io.usdtcustody.model.money.Amount;
import io.usdtcustody.model.money.Asset;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Deposit sweeps on Ethereum: present when custody sends on Ethereum (hot vault, node, token contract — the
 * transaction driver exists) and holds seeds in the HSM; {@code custody.sweeps.enabled=false} turns them off.
 * The gas station's key is created in the hot token at start.
 */
@Factory
@Requires(beans = EthereumTransactionDriver.class)
@Requires(beans = SessionKeySigner.class)
@Requires(property = "custody.sweeps.enabled", notEquals = "false")
public class SweepBeans {

    @Singleton
    SweepSettings sweepSettings(@Value("${usdt.erc20.contract}") String token,
                                @Value("${custody.sweeps.minimum:10}") String minimum,
                                @Value("${custody.sweeps.gas-limit:100000}") long gasLimit,
                                @Value("${custody.sweeps.gas-margin-percent:50}") int marginPercent,
                                @Value("${custody.sweeps.max-top-ups:3}") int maxTopUps,
                                @Value("${custody.sweeps.recheck-after:10m}") Duration recheckAfter,
                                @Value("${custody.sweeps.batch:25}") int batch) {
        BigInteger minimumUnits = Amount.parse(minimum, Asset.USDT_ETHEREUM).toOnChain();
        return new SweepSettings(token, minimumUnits, BigInteger.valueOf(gasLimit), marginPercent, maxTopUps,
                recheckAfter, batch);
    }

    @Singleton
    GasStation gasStation(@Named("hot") KeyVault vault) {
        return GasStation.ensure(vault, SendingBeans::signer);
    }

    @Singleton
    SweepStore sweepStore(DynamoDbClient dynamoDb, ResourceNaming naming) {
        return new DynamoDbSweepStore(dynamoDb, naming.table(ResourceCatalogue.WALLETS));
    }

    @Singleton
    SweepChain sweepChain(EthereumTransactionDriver driver, EthereumNode node, SweepSettings settings,
                          @Value("${custody.withdrawals.priority-fee-wei:1000000000}") long priorityFee) {
        return new EthereumSweepChain(driver, node, settings.tokenContract(), BigInteger.valueOf(priorityFee));
    }

    @Singleton
    DepositKeys depositKeys(AccountSeeds seeds, SeedVault vault, SessionKeySigner sessionKeys, AuditLog audit) {
        return new DepositKeys(seeds, vault, sessionKeys, audit);
    }

    @Singleton
    DepositFollowUp sweepFollowUp(SweepStore store, Clock clock) {
        return new SweepFollowUp(store, clock);
    }

    @Singleton
    SweepPlanner sweepPlanner(SweepSettings settings, SweepStore store, SweepChain chain, DepositKeys keys,
                              AuditLog audit, IdGenerator ids, Clock clock) {
        return new SweepPlanner(settings, store, chain, keys, audit, ids, clock);
    }

    @Singleton
    DepositSweeper depositSweeper(SweepSettings settings, SweepStore store, SweepChain chain, DepositKeys keys,
                                  GasStation station, @Named("hot-ethereum") EthereumAccount hot, Ledger ledger,
                                  AuditLog audit, Clock clock) {
        return new DepositSweeper(settings, store, chain, keys, station.account(), hot.address(),
                new SweepBooking(ledger), audit, clock);
    }
}
