package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.usdtcustody.custody.address.adapter.DynamoDbAccountXpubs;
import io.usdtcustody.custody.address.adapter.DynamoDbDepositAddresses;
import io.usdtcustody.custody.address.port.AccountXpubs;
import io.usdtcustody.custody.address.port.DepositAddresses;
import io.usdtcustody.custody.deposit.DepositBooking;
import io.usdtcustody.custody.deposit.DepositWatcher;
import io.usdtcustody.custody.deposit.DepositWatcherSettings;
import io.usdtcustody.custody.deposit.adapter.DynamoDbDepositCursorStore;
import io.usdtcustody.custody.deposit.adapter.Web3jTokenTransferSource;
import io.usdtcustody.custody.deposit.port.DepositHolds;
import io.usdtcustody.screening.address.SanctionedAddresses;
import io.usdtcustody.screening.address.SanctionsScreen;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Deposit addresses, sanctions screening and the Ethereum deposit watcher. The watcher exists only when an
 * Ethereum endpoint ({@code EVM_RPC_URL}) and the USDT contract ({@code USDT_ERC20_CONTRACT}) are configured.
 */
@Factory
public class DepositBeans {

    @Singleton
    AccountXpubs accountXpubs(DynamoDbClient dynamoDb, ResourceNaming naming) {
        return new DynamoDbAccountXpubs(dynamoDb, naming.table(ResourceCatalogue.WALLETS));
    }

    @Singleton
    DepositAddresses depositAddresses(DynamoDbClient dynamoDb, ResourceNaming naming, AccountXpubs xpubs) {
        return new DynamoDbDepositAddresses(dynamoDb, naming.table(ResourceCatalogue.WALLETS), xpubs);
    }

    @Singleton
    SanctionsScreen sanctionsScreen() {
        return SanctionedAddresses.fromClasspath();
    }

    /** The node URL may carry a provider key: it is configuration, never logged. */
    @Singleton
    @Bean(preDestroy = "shutdown")
    @Requires(property = "evm.rpc.url")
    Web3j web3j(@Value("${evm.rpc.url}") String url) {
        return Web3j.build(new HttpService(url));
    }

    @Singleton
    @Requires(property = "evm.rpc.url")
    @Requires(property = "usdt.erc20.contract")
    DepositWatcher ethereumDepositWatcher(Web3j web3j, DepositAddresses addresses, SanctionsScreen sanctions,
                                          DepositBooking booking, Clock clock, DynamoDbClient dynamoDb,
                                          ResourceNaming naming, @Nullable DepositHolds holds,
                                          @Value("${usdt.erc20.contract}") String contract,
                                          @Value("${custody.deposits.confirmations:12}") int confirmations,
                                          @Value("${custody.deposits.start-block:0}") long startBlock) {
        return new DepositWatcher(new DepositWatcherSettings(contract, confirmations, startBlock),
                new Web3jTokenTransferSource(web3j), addresses, sanctions, booking,
                new DynamoDbDepositCursorStore(dynamoDb, naming.table(ResourceCatalogue.WALLETS), clock),
                holds == null ? DepositHolds.NONE : holds);
    }
}
