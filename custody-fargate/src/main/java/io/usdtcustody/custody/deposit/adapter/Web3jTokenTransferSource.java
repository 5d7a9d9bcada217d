package io.usdtcustody.custody.deposit.adapter;

import io.usdtcustody.custody.deposit.ChainUnavailableException;
import io.usdtcustody.custody.deposit.TokenTransfer;
import io.usdtcustody.custody.deposit.port.TokenTransferSource;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Reads the chain over Ethereum JSON-RPC with web3j ({@code eth_blockNumber}, {@code eth_getBlockByNumber},
 * {@code eth_getLogs} filtered by the token contract and the {@code Transfer} topic). Build the client once per
 * process: {@code Web3j.build(new HttpService(url))}.
 */
public final class Web3jTokenTransferSource implements TokenTransferSource {
    /** keccak256("Transfer(address,address,uint256)"). */
    public static final String TRANSFER_TOPIC = Hash.sha3String("Transfer(address,address,uint256)");

    private final Web3j web3j;

    public Web3jTokenTransferSource(Web3j web3j) {
        this.web3j = web3j;
    }

    @Override
    public long latestBlockNumber() {
        return send(web3j.ethBlockNumber(), "eth_blockNumber").getBlockNumber().longValueExact();
    }

    @Override
    public Optional<String> canonicalBlockHash(long blockNumber) {
        DefaultBlockParameter number = DefaultBlockParameter.valueOf(BigInteger.valueOf(blockNumber));
        EthBlock.Block block = send(web3j.ethGetBlockByNumber(number, false), "eth_getBlockByNumber").getBlock();
        return block == null ? Optional.empty() : Optional.of(block.getHash().toLowerCase(Locale.ROOT));
    }

    @Override
    public List<TokenTransfer> transfers(String tokenContract, long fromBlock, long toBlock) {
        EthFilter filter = new EthFilter(DefaultBlockParameter.valueOf(BigInteger.valueOf(fromBlock)),
                DefaultBlockParameter.valueOf(BigInteger.valueOf(toBlock)), tokenContract);
        filter.addSingleTopic(TRANSFER_TOPIC);
        List<TokenTransfer> transfers = new ArrayList<>();
        for (EthLog.LogResult<?> result : send(web3j.ethGetLogs(filter), "eth_getLogs").getLogs()) {
            if (result.get() instanceof Log log) {
                decode(tokenContract, log).ifPresent(transfers::add);
            }
        }
        transfers.sort(Comparator.comparingLong(TokenTransfer::blockNumber).thenComparingLong(TokenTransfer::logIndex));
        return transfers;
    }

    /** A standard Transfer log: topics (signature, from, to), data = one uint256 word. Anything else is skipped. */
    static Optional<TokenTransfer> decode(String tokenContract, Log log) {
        List<String> topics = log.getTopics();
        String data = log.getData();
        if (log.isRemoved() || topics == null || topics.size() != 3
                || !TRANSFER_TOPIC.equalsIgnoreCase(topics.get(0))
                || !tokenContract.equalsIgnoreCase(log.getAddress())
                || topics.get(1).length() != 66 || topics.get(2).length() != 66
                || data == null || data.length() != 66 || log.getBlockHash() == null
                || log.getLogIndexRaw() == null || log.getBlockNumberRaw() == null) {
            return Optional.empty();
        }
        return Optional.of(new TokenTransfer(log.getTransactionHash(), log.getLogIndex().longValueExact(),
                log.getBlockNumber().longValueExact(), log.getBlockHash(), topicAddress(topics.get(1)),
                topicAddress(topics.get(2)), new BigInteger(data.substring(2), 16)));
    }

    private static String topicAddress(String topic) {
        return "0x" + topic.substring(topic.length() - 40);
    }

    private static <T extends Response<?>> T send(Request<?, T> request, String call) {
        T response;
        try {
            response = request.send();
        } catch (IOException e) {
            // the transport's message may quote the node URL, and with it a provider key
            throw new ChainUnavailableException(call + " failed: " + e.getClass().getSimpleName());
        }
        if (response.hasError()) {
            throw new ChainUnavailableException(call + " failed with JSON-RPC error " + response.getError().getCode());
        }
        return response;
    }
}
