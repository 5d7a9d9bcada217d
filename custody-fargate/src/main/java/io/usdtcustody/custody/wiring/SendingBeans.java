package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.usdtcustody.custody.chain.ethereum.nonce.FeeBumper;
import io.usdtcustody.custody.chain.ethereum.nonce.adapter.DynamoDbNonceManager;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumAccount;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumNode;
import io.usdtcustody.custody.chain.ethereum.sending.EthereumTransactionDriver;
import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.port.KeyVault;
import io.usdtcustody.custody.signing.DigestSigner;
import io.usdtcustody.custody.signing.RecoverableSignature;
import io.usdtcustody.custody.wallet.HotWallets;
import io.usdtcustody.custody.withdrawal.WithdrawalService;
import io.usdtcustody.custody.withdrawal.port.WithdrawalStore;
import io.usdtcustody.custody.withdrawal.sending.EthereumWithdrawalSender;
import io.usdtcustody.model.catalogue.ResourceCatalogue;
import io.usdtcustody.model.catalogue.ResourceNaming;
import io.usdtcustody.model.money.Chain;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import org.web3j.protocol.Web3j;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Sending on Ethereum: present when custody has its hot vault, an Ethereum node and the USDT contract. Keys sign
 * through the vault; nothing else holds them.
 */
@Factory
@Requires(beans = HotWallets.class)
@Requires(property = "evm.rpc.url")
@Requires(property = "usdt.erc20.contract")
public class SendingBeans {

    @Singleton
    NonceManager nonceManager(DynamoDbClient dynamoDb, ResourceNaming naming, Clock clock) {
        return new DynamoDbNonceManager(dynamoDb, naming.table(ResourceCatalogue.WALLETS), clock);
    }

    @Singleton
    EthereumNode ethereumNode(Web3j web3j) {
        return new EthereumNode(web3j);
    }

    @Singleton
    EthereumTransactionDriver ethereumTransactionDriver(NonceManager nonces, EthereumNode node, Clock clock,
            @Value("${custody.withdrawals.confirmations:12}") int confirmations,
            @Value("${custody.withdrawals.priority-fee-wei:1000000000}") long priorityFee,
            @Value("${custody.withdrawals.stuck-after:3m}") Duration stuckAfter,
            @Value("${custody.withdrawals.fee-bump-percent:25}") int bumpPercent,
            @Value("${custody.withdrawals.max-fee-per-gas-cap-wei:500000000000}") long maxFeeCap) {
        return new EthereumTransactionDriver(new EthereumTransactionDriver.Settings(node.chainId(), confirmations,
                BigInteger.valueOf(priorityFee), stuckAfter, new FeeBumper(bumpPercent, BigInteger.valueOf(maxFeeCap))),
                nonces, node, clock);
    }

    @Singleton
    @Named("hot-ethereum")
    EthereumAccount hotEthereumAccount(@Named("hot") KeyVault vault, HotWallets wallets) {
        return new EthereumAccount(wallets.wallet(Chain.ETHEREUM).address(),
                signer(vault, wallets.label(Chain.ETHEREUM)));
    }

    @Singleton
    EthereumWithdrawalSender ethereumWithdrawalSender(WithdrawalStore store, WithdrawalService withdrawals,
                                                      EthereumTransactionDriver driver,
                                                      @Named("hot-ethereum") EthereumAccount hot,
                                                      @Value("${usdt.erc20.contract}") String token,
                                                      @Value("${custody.withdrawals.gas-limit:100000}") long gasLimit) {
        return new EthereumWithdrawalSender(new EthereumWithdrawalSender.Settings(token, BigInteger.valueOf(gasLimit)),
                store, withdrawals, driver, hot);
    }

    /** Signs with the vault's key under {@code label}: the seam through which every Ethereum signature goes. */
    static DigestSigner signer(KeyVault vault, KeyLabel label) {
        return digest -> {
            DigestSignature signature = vault.signDigest(label, digest);
            return RecoverableSignature.of(signature.r(), signature.s(), signature.recoveryId());
        };
    }
}
