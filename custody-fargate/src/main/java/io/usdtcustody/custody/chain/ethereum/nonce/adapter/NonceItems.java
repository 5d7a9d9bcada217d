package io.usdtcustody.custody.chain.ethereum.nonce.adapter;

import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Eip1559;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.GasPrice;
import io.usdtcustody.custody.chain.ethereum.Erc20Transfer.Legacy;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceAssignment;
import io.usdtcustody.custody.chain.ethereum.nonce.NonceState;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Nonce items in the wallets table. Per sender ({@code pk = NONCE#<chainId>#<address>}): the counter
 * ({@code sk = COUNTER}, {@code next} = the next nonce to hand out) and one assignment per nonce
 * ({@code sk = N#<nonce, 20 digits>}). Per withdrawal ({@code pk = NONCEWD#<chainId>#<address>#<id>},
 * {@code sk = NONCEWD}): its {@code nonce} and whether it was {@code released} (no nonce once rolled back).
 * Sparse {@code gsi1} entries list what needs attention: BROADCAST nonces by age
 * ({@code NONCESENT#<chainId>#<address>}, {@code <broadcast epoch millis, 20 digits>#<nonce>}) and gaps
 * ({@code NONCEGAP#<chainId>#<address>}, {@code <nonce>}). Wei amounts are decimal strings: a uint256 does not
 * fit DynamoDB's 38-digit numbers.
 */
final class NonceItems {
    static final String NEXT = "next";

    private NonceItems() {
    }

    static String sender(long chainId, String address) {
        return chainId + "#" + NonceAssignment.normalise(address);
    }

    static Map<String, AttributeValue> counterKey(long chainId, String address) {
        return Map.of("pk", s("NONCE#" + sender(chainId, address)), "sk", s("COUNTER"));
    }

    static Map<String, AttributeValue> nonceKey(long chainId, String address, long nonce) {
        return Map.of("pk", s("NONCE#" + sender(chainId, address)), "sk", s("N#" + digits(nonce)));
    }

    static Map<String, AttributeValue> withdrawalKey(long chainId, String address, UUID withdrawalId) {
        return Map.of("pk", s("NONCEWD#" + sender(chainId, address) + "#" + withdrawalId), "sk", s("NONCEWD"));
    }

    static String sentIndexKey(long chainId, String address) {
        return "NONCESENT#" + sender(chainId, address);
    }

    static String gapIndexKey(long chainId, String address) {
        return "NONCEGAP#" + sender(chainId, address);
    }

    /** The sort key below which broadcasts are older than {@code instant} (millisecond precision). */
    static String sentBefore(Instant instant) {
        return digits(instant.toEpochMilli());
    }

    static Map<String, AttributeValue> toItem(NonceAssignment a) {
        Map<String, AttributeValue> item = new HashMap<>(nonceKey(a.chainId(), a.address(), a.nonce()));
        item.put("chainId", n(a.chainId()));
        item.put("address", s(a.address()));
        item.put("nonce", n(a.nonce()));
        item.put("withdrawalId", s(a.withdrawalId().toString()));
        item.put("state", s(a.state().name()));
        item.put("released", AttributeValue.fromBool(a.released()));
        item.put("txHashes", AttributeValue.fromL(a.txHashes().stream().map(NonceItems::s).toList()));
        item.put("assignedAt", s(a.assignedAt().toString()));
        item.put("version", n(a.version()));
        if (a.fees() instanceof Eip1559 fees) {
            item.put("maxPriorityFeePerGas", s(fees.maxPriorityFeePerGas().toString()));
            item.put("maxFeePerGas", s(fees.maxFeePerGas().toString()));
        } else if (a.fees() instanceof Legacy fees) {
            item.put("gasPrice", s(fees.gasPrice().toString()));
        }
        putIfPresent(item, "rawTx", a.rawTx());
        putIfPresent(item, "minedTxHash", a.minedTxHash());
        putIfPresent(item, "signedAt", a.signedAt());
        putIfPresent(item, "broadcastAt", a.broadcastAt());
        if (a.state() == NonceState.BROADCAST) {
            item.put("gsi1pk", s(sentIndexKey(a.chainId(), a.address())));
            item.put("gsi1sk", s(digits(a.broadcastAt().toEpochMilli()) + "#" + digits(a.nonce())));
        } else if (a.state() == NonceState.GAP) {
            item.put("gsi1pk", s(gapIndexKey(a.chainId(), a.address())));
            item.put("gsi1sk", s(digits(a.nonce())));
        }
        return item;
    }

    static NonceAssignment fromItem(Map<String, AttributeValue> item) {
        GasPrice fees = null;
        if (item.containsKey("maxFeePerGas")) {
            fees = new Eip1559(new BigInteger(item.get("maxPriorityFeePerGas").s()),
                    new BigInteger(item.get("maxFeePerGas").s()));
        } else if (item.containsKey("gasPrice")) {
            fees = new Legacy(new BigInteger(item.get("gasPrice").s()));
        }
        return new NonceAssignment(Long.parseLong(item.get("chainId").n()), item.get("address").s(),
                Long.parseLong(item.get("nonce").n()), UUID.fromString(item.get("withdrawalId").s()),
                NonceState.valueOf(item.get("state").s()), item.get("released").bool(),
                item.get("txHashes").l().stream().map(AttributeValue::s).toList(), fees, text(item, "rawTx"),
                text(item, "minedTxHash"), Instant.parse(item.get("assignedAt").s()), instant(item, "signedAt"),
                instant(item, "broadcastAt"), Long.parseLong(item.get("version").n()));
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, Object value) {
        if (value != null) {
            item.put(name, s(value.toString()));
        }
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? item.get(name).s() : null;
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Instant.parse(item.get(name).s()) : null;
    }

    private static String digits(long value) {
        return String.format("%020d", value);
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
