package io.usdtcustody.custody.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.usdtcustody.custody.chain.ethereum.nonce.adapter.DynamoDbNonceManager;
import io.usdtcustody.custody.chain.ethereum.nonce.port.NonceManager;
import io.usdtcustody.custody.keyvault.DigestSignature;
import io.usdtcustody.custody.keyvault.KeyLabel;
import io.usdtcustody.custody.keyvault.port.KeyVault;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import org.web3j.protocol.Web3j;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Sending withdrawals on Ethereum: present when custody has its hot vault, an Ethereum node and the USDT
 * contract. The hot wallet's key signs through the vault; nothing else holds it.
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
    EthereumWithdrawalSender ethereumWithdrawalSender(WithdrawalStore store, WithdrawalService withdrawals,
                                                      NonceManager nonces, @Named("hot") KeyVault vault,
                                                      HotWallets wallets, Web3j web3j,
                                                      @Value("${usdt.erc20.contract}") String token,
                                                      @Value("${custody.withdrawals.confirmations:12}") int confirmations,
                                                      @Value("${custody.withdrawals.gas-limit:100000}") long gasLimit,
                                                      @Value("${custody.withdrawals.priority-fee-wei:1000000000}") long priorityFee) {
        long chainId;
        try {
            chainId = web3j.ethChainId().send().getChainId().longValueExact();
        } catch (IOException e) {
            throw new UncheckedIOException("the Ethereum node is unreachable", e);
        }
        KeyLabel label = wallets.label(Chain.ETHEREUM);
        return new EthereumWithdrawalSender(
                new EthereumWithdrawalSender.Settings(chainId, token, confirmations, BigInteger.valueOf(gasLimit),
                        BigInteger.valueOf(priorityFee)),
                store, withdrawals, nonces,
                digest -> {
                    DigestSignature signature = vault.signDigest(label, digest);
                    return RecoverableSignature.of(signature.r(), signature.s(), signature.recoveryId());
                },
                wallets.wallet(Chain.ETHEREUM).address(), web3j);
    }
}
